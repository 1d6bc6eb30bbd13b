namespace BudgetPilot.Core.Decisions;

/// <summary>The seed's whole reply shape: what one engine proposes for one cycle.</summary>
public sealed record DecisionReport(
    DateTimeOffset Timestamp,
    OverallHealth OverallHealth,
    IReadOnlyList<ProposedAction> ImmediateActions,
    IReadOnlyList<MonitoringItem> MonitoringItems,
    BudgetReallocation BudgetReallocation,
    ExpectedOutcomes ExpectedOutcomes,
    IReadOnlyList<string> RisksAndCaveats)
{
    public string Engine { get; init; } = "rules";

    /// <summary>Set by an LLM engine: its narrative, dropped decisions and cost. Null when no LLM took part.</summary>
    public AiNote? Ai { get; init; }
}
