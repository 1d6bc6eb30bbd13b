using System.Globalization;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Execution;

namespace BudgetPilot.Web.Audit;

/// <summary>Puts an audit entry in the manager's words: "Paused 'Meta – Winter Promo'", "Increased 'X' by 40% (1,500 → 2,100)".</summary>
public static class AuditViews
{
    public static AuditView From(AuditEntry e)
    {
        var before = e.Before?.DailyBudget;
        var after = e.After?.DailyBudget;
        decimal? savings = e.Action is ActionType.Pause ? before : before is { } b && after is { } a && a < b ? b - a : null;
        return new AuditView(
            e.Sequence, e.At, e.Kind.ToString(), e.Actor, e.Campaign?.ToString(), e.CampaignName, e.Action?.ToString(),
            What(e), e.Reason, before, after, savings, e.Confidence, e.Outcome?.ToString(), e.Detail);
    }

    public static string What(AuditEntry e)
    {
        var name = $"'{e.CampaignName ?? e.Campaign?.ToString() ?? "workspace"}'";
        var verb = e.Action switch
        {
            ActionType.Pause => $"Paused {name}",
            ActionType.Resume => $"Resumed {name}",
            ActionType.IncreaseBudget or ActionType.ReduceBudget or ActionType.Reallocate => Budget(e, name),
            ActionType.Create => $"Created {name}",
            ActionType.Undo => $"Undid a change on {name}",
            null => "Settings changed",
            _ => $"{e.Action} {name}",
        };
        return e.Kind switch
        {
            AuditKind.Outcome when e.Outcome == OutcomeStatus.Succeeded => verb,
            AuditKind.Outcome => $"{verb}: {e.Outcome?.ToString().ToLowerInvariant()}",
            AuditKind.Intent => $"About to: {verb}",
            AuditKind.ApprovalRequested => $"Asked for approval: {verb}",
            AuditKind.Approved => $"Approved: {verb}",
            AuditKind.Rejected => $"Rejected: {verb}",
            AuditKind.Expired => $"Expired unanswered: {verb}",
            AuditKind.GraceScheduled => $"Will pause {name} unless it recovers",
            AuditKind.GraceExtended => $"Grace period extended for {name}",
            AuditKind.GraceOverridden => $"Pause of {name} overridden",
            AuditKind.GraceRecovered => $"{name} recovered: not paused",
            AuditKind.GuardrailRejected => $"Guardrail stopped: {verb}",
            AuditKind.Advised => $"Advised: {verb}",
            AuditKind.SettingsChanged => "Settings changed",
            AuditKind.AccessChanged => "Access changed",
            _ => verb,
        };
    }

    private static string Budget(AuditEntry e, string name)
    {
        if (e.Before?.DailyBudget is not { } b || e.After?.DailyBudget is not { } a || b == 0m)
        {
            return $"Changed the budget of {name}";
        }

        var pct = (a - b) / b;
        var word = pct >= 0 ? "Increased" : "Reduced";
        return string.Create(CultureInfo.InvariantCulture, $"{word} {name} by {Math.Abs(pct) * 100:0}% ({b:N0} → {a:N0})");
    }
}
