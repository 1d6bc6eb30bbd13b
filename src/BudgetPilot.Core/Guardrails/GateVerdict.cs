using BudgetPilot.Core.Decisions;

namespace BudgetPilot.Core.Guardrails;

/// <summary>The gate's word on one proposal, with every reason in words a manager can read.</summary>
public sealed record GateVerdict(ProposedAction Action, Route Route, IReadOnlyList<string> Reasons, decimal Moved, decimal BudgetBefore)
{
    public string Summary => Reasons.Count == 0 ? Route.ToString() : string.Join(" ", Reasons);
}
