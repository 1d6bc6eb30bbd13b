using BudgetPilot.Core.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetPilot.Storage.Sharing;

internal sealed class ShareRow
{
    public Guid Id { get; set; }

    public required string WorkspaceId { get; set; }

    public required string View { get; set; }

    public DateOnly? At { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public static ShareRow From(ShareLink s) => new()
    {
        Id = s.Id,
        WorkspaceId = s.WorkspaceId,
        View = s.View,
        At = s.At,
        CreatedBy = s.CreatedBy,
        CreatedAt = s.CreatedAt,
        ExpiresAt = s.ExpiresAt,
        RevokedAt = s.RevokedAt,
    };

    public ShareLink ToLink() => new(Id, WorkspaceId, View, At, CreatedBy, CreatedAt, ExpiresAt) { RevokedAt = RevokedAt };

    public static void Configure(EntityTypeBuilder<ShareRow> entity)
    {
        entity.ToTable("shares");
        entity.HasKey(s => s.Id);
        entity.Property(s => s.WorkspaceId).HasMaxLength(64);
        entity.Property(s => s.View).HasMaxLength(32);
        entity.Property(s => s.CreatedBy).HasMaxLength(64);
        entity.HasIndex(s => new { s.WorkspaceId, s.CreatedAt }).HasDatabaseName("ix_shares_workspace_created");
    }
}
