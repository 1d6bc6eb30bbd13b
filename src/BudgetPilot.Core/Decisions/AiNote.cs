namespace BudgetPilot.Core.Decisions;

/// <summary>
/// What the LLM engine did in one cycle: its narrative, which of its decisions were dropped and why,
/// and what the call cost. Kept in the cycle record so the dashboard can say why nothing was done.
/// </summary>
public sealed record AiNote(
    string Provider,
    string Model,
    AiCallStatus Status,
    string Summary,
    OverallHealth? OverallHealth,
    IReadOnlyList<string> RisksAndCaveats,
    ExpectedOutcomes? ExpectedOutcomes,
    int Accepted,
    IReadOnlyList<DroppedDecision> Dropped,
    AiUsage Usage)
{
    /// <summary>A digest of what the prompt described; an unchanged state is not sent again.</summary>
    public string? Fingerprint { get; init; }
}

public enum AiCallStatus
{
    Answered,
    Skipped,
    Failed,
}

/// <summary>One decision of the LLM that never reached the gate, with the reason in words a manager can read.</summary>
public sealed record DroppedDecision(string? ActionId, string? Campaign, string Reason);

/// <summary>Tokens and money spent on one cycle's call; cost is in the currency the prices were given in.</summary>
public sealed record AiUsage(long InputTokens, long OutputTokens, decimal Cost, TimeSpan Latency)
{
    public static AiUsage None { get; } = new(0, 0, 0m, TimeSpan.Zero);
}
