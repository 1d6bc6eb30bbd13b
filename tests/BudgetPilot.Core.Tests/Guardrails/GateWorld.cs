using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Guardrails;
using BudgetPilot.Core.Settings;

namespace BudgetPilot.Core.Tests.Guardrails;

/// <summary>A generated day: settings, a portfolio, what was already done today, and a batch of proposals from any engine.</summary>
public sealed record GateWorld(WorkspaceSettings Settings, GateState State, IReadOnlyList<ProposedAction> Proposals, IReadOnlySet<string> Approved)
{
    public override string ToString() =>
        $"{Settings.Autonomy}, total {State.Workspace.TotalDailyBudget}, active {State.ActiveBudget}, ledger {State.Ledger.Executed}/{State.Ledger.Moved}, " +
        $"{State.Campaigns.Count} campaigns, proposals: [{string.Join("; ", Proposals.Select(p => $"{p.ActionId} {p.Type} {p.Campaign} -> {p.NewBudget} c={p.Confidence} g={p.GroupId}"))}]";
}
