using BudgetPilot.Core.Decisions;

namespace BudgetPilot.Core.Approvals;

/// <summary>
/// A decision waiting for a human: one action, or every leg of one reallocation (approved or
/// rejected whole). Unanswered by <see cref="ExpiresAt"/> it is rejected automatically.
/// </summary>
public sealed record ApprovalRequest(
    Guid Id,
    string WorkspaceId,
    IReadOnlyList<ProposedAction> Actions,
    string WhyApprovalNeeded,
    DateTimeOffset RequestedAt,
    DateTimeOffset ExpiresAt,
    ApprovalStatus Status)
{
    /// <summary>The action a manager reads first: the increase of a reallocation, or the only action.</summary>
    public ProposedAction Primary => Actions.FirstOrDefault(a => a.NewBudget > a.CurrentState.Budget) ?? Actions[0];

    public string? DecidedBy { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    public string? Comment { get; init; }

    /// <summary>What happened when an approved action met the gate again at execution time.</summary>
    public string? ExecutionResult { get; init; }

    /// <summary>Value equality that compares the actions item by item, as a reader of a stored request expects.</summary>
    public bool Equals(ApprovalRequest? other) =>
        other is not null && Id == other.Id && WorkspaceId == other.WorkspaceId && Actions.SequenceEqual(other.Actions)
        && WhyApprovalNeeded == other.WhyApprovalNeeded && RequestedAt == other.RequestedAt && ExpiresAt == other.ExpiresAt
        && Status == other.Status && DecidedBy == other.DecidedBy && DecidedAt == other.DecidedAt && Comment == other.Comment
        && ExecutionResult == other.ExecutionResult;

    public override int GetHashCode() => HashCode.Combine(Id, Status, DecidedAt);

    public TimeSpan TimeLeft(DateTimeOffset now) => Status == ApprovalStatus.Pending && ExpiresAt > now ? ExpiresAt - now : TimeSpan.Zero;
}
