namespace BudgetPilot.Simulation.Runs;

/// <summary>What a simulated run did, from the market's outcome and the audit log. Serialised with snake_case keys.</summary>
public sealed record SimulationSummary(
    int Days,
    int Campaigns,
    ulong Seed,
    string Scenario,
    string Policy,
    string Autonomy,
    decimal Revenue,
    decimal Spend,
    decimal Profit,
    decimal? Roas,
    IReadOnlyDictionary<string, int> ExecutedByType,
    int ExecutionFailures,
    int ApprovalsRequested,
    int ApprovalsApproved,
    int ApprovalsRejected,
    int ApprovalsExpired,
    int GracePausesScheduled,
    int Advised,
    IReadOnlyDictionary<string, int> GuardrailRejectionsByReason,
    IReadOnlyDictionary<string, int> AlertsByKind,
    int Cycles,
    IReadOnlyList<string> InvariantViolations,
    IReadOnlyList<string> PlatformConstraintViolations,
    long CampaignTicks,
    double Seconds)
{
    public double CampaignTicksPerSecond => Seconds > 0 ? CampaignTicks / Seconds : 0;
}
