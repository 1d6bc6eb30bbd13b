using BudgetPilot.Core.Decisions;

namespace BudgetPilot.Core.Approvals;

/// <summary>
/// A critical pause that waits: "AI will pause at 14:00 unless ROAS recovers". When it falls due the
/// rule is checked again on fresh data; a manager can override it, approve it early or extend it.
/// </summary>
public sealed record GracePause(
    Guid Id,
    string WorkspaceId,
    ProposedAction Action,
    DateTimeOffset CreatedAt,
    DateTimeOffset DueAt,
    GraceStatus Status)
{
    public string? DecidedBy { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public string? Note { get; init; }

    public int Extensions { get; init; }
}
