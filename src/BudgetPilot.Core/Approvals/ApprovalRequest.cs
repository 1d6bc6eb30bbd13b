using BudgetPilot.Core.Decisions;

namespace BudgetPilot.Core.Approvals;

/// <summary>A decision waiting for a human. Unanswered by <see cref="ExpiresAt"/> it is rejected automatically.</summary>
public sealed record ApprovalRequest(
    Guid Id,
    string WorkspaceId,
    ProposedAction Action,
    string WhyApprovalNeeded,
    DateTimeOffset RequestedAt,
    DateTimeOffset ExpiresAt,
    ApprovalStatus Status)
{
    public string? DecidedBy { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    public string? Comment { get; init; }

    /// <summary>What happened when an approved action met the gate again at execution time.</summary>
    public string? ExecutionResult { get; init; }

    public TimeSpan TimeLeft(DateTimeOffset now) => Status == ApprovalStatus.Pending && ExpiresAt > now ? ExpiresAt - now : TimeSpan.Zero;
}
