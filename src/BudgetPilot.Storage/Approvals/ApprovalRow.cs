using BudgetPilot.Core.Approvals;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Storage.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetPilot.Storage.Approvals;

internal sealed class ApprovalRow
{
    public Guid Id { get; set; }

    public required string WorkspaceId { get; set; }

    /// <summary>Copied out of the primary action so a campaign's approvals can be found without reading JSON.</summary>
    public required string CampaignId { get; set; }

    public required string ActionJson { get; set; }

    public required string WhyApprovalNeeded { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public ApprovalStatus Status { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? Comment { get; set; }

    public string? ExecutionResult { get; set; }

    public static ApprovalRow From(ApprovalRequest request)
    {
        var row = new ApprovalRow { Id = request.Id, WorkspaceId = "", CampaignId = "", ActionJson = "", WhyApprovalNeeded = "" };
        row.CopyFrom(request);
        return row;
    }

    public void CopyFrom(ApprovalRequest request)
    {
        WorkspaceId = request.WorkspaceId;
        CampaignId = request.Primary.Campaign.ToString();
        ActionJson = JsonColumn.Write(request.Actions);
        WhyApprovalNeeded = request.WhyApprovalNeeded;
        RequestedAt = request.RequestedAt;
        ExpiresAt = request.ExpiresAt;
        Status = request.Status;
        DecidedBy = request.DecidedBy;
        DecidedAt = request.DecidedAt;
        Comment = request.Comment;
        ExecutionResult = request.ExecutionResult;
    }

    public ApprovalRequest ToRequest() => new(
        Id, WorkspaceId, JsonColumn.Read<List<ProposedAction>>(ActionJson), WhyApprovalNeeded, RequestedAt, ExpiresAt, Status)
    {
        DecidedBy = DecidedBy,
        DecidedAt = DecidedAt,
        Comment = Comment,
        ExecutionResult = ExecutionResult,
    };

    public static void Configure(EntityTypeBuilder<ApprovalRow> entity)
    {
        entity.ToTable("approval_requests");
        entity.HasKey(a => a.Id);
        entity.Property(a => a.Id).ValueGeneratedNever();
        entity.Property(a => a.WorkspaceId).HasMaxLength(64);
        entity.Property(a => a.CampaignId).HasMaxLength(160);
        entity.HasIndex(a => new { a.WorkspaceId, a.ExpiresAt }).HasFilter("status = 'Pending'").HasDatabaseName("ix_approval_requests_pending");
        entity.HasIndex(a => new { a.WorkspaceId, a.RequestedAt });
    }
}
