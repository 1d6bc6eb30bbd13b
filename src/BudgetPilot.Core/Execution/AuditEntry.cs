using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;

namespace BudgetPilot.Core.Execution;

/// <summary>
/// One append-only line of the audit log: who or what, why, before and after. An executed action is
/// two lines under one idempotency key: the intent (written before the platform is called) and the outcome.
/// </summary>
public sealed record AuditEntry(
    string WorkspaceId,
    DateTimeOffset At,
    AuditKind Kind,
    string Actor,
    string Reason)
{
    public long Sequence { get; init; }

    public string? IdempotencyKey { get; init; }

    public string? ActionId { get; init; }

    public CampaignId? Campaign { get; init; }

    public string? CampaignName { get; init; }

    public ActionType? Action { get; init; }

    public CampaignSnapshot? Before { get; init; }

    public CampaignSnapshot? After { get; init; }

    public OutcomeStatus? Outcome { get; init; }

    /// <summary>Budget this action moves, as the gate counted it against the daily reallocation cap.</summary>
    public decimal Moved { get; init; }

    public double? Confidence { get; init; }

    public string? GroupId { get; init; }

    public string? Detail { get; init; }

    /// <summary>An entry about one proposed action: its id, campaign, type, confidence and group filled in.</summary>
    public static AuditEntry About(ProposedAction action, string workspaceId, DateTimeOffset at, AuditKind kind, string actor, string reason) =>
        new(workspaceId, at, kind, actor, reason)
        {
            ActionId = action.ActionId,
            Campaign = action.Campaign,
            CampaignName = action.CampaignName,
            Action = action.Type,
            Confidence = action.Confidence,
            GroupId = action.GroupId,
        };
}
