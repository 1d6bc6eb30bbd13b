using BudgetPilot.Core.Decisions;

namespace BudgetPilot.Web.Ai;

/// <summary>
/// The dashboard's AI analysis panel: whether an LLM takes part and why not, its latest narrative beside the
/// decisions, what it proposed that never reached the gate and why, and what it cost.
/// </summary>
public sealed record AiView(
    bool Connected,
    string Provider,
    string Model,
    string? NotConnectedReason,
    AiCycleView? Latest,
    AiSpendView Last24h);

public sealed record AiCycleView(
    DateTimeOffset At,
    string Status,
    string Summary,
    string? OverallHealth,
    IReadOnlyList<string> RisksAndCaveats,
    ExpectedOutcomes? ExpectedOutcomes,
    int Accepted,
    IReadOnlyList<DroppedDecision> Dropped,
    long InputTokens,
    long OutputTokens,
    decimal Cost,
    double LatencySeconds);

public sealed record AiSpendView(int Calls, long InputTokens, long OutputTokens, decimal Cost);
