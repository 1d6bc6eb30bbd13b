using BudgetPilot.Core.Campaigns;

namespace BudgetPilot.Simulation.Runs;

/// <summary>What <c>budgetpilot simulate</c> runs: a market, a policy, an autonomy level and how long.</summary>
public sealed record SimulationOptions
{
    public int Days { get; init; } = 30;

    public ulong Seed { get; init; } = 7;

    public int Campaigns { get; init; } = 24;

    public AutonomyLevel Autonomy { get; init; } = AutonomyLevel.FullAutonomous;

    /// <summary>rules, static or uniform.</summary>
    public string Policy { get; init; } = "rules";

    public Scenario Scenario { get; init; } = Scenario.AllCombined;

    public decimal TotalDailyBudget { get; init; } = 50_000m;

    /// <summary>A simulated manager who approves every request at the next cycle.</summary>
    public bool ApproveEverything { get; init; }

    public static IReadOnlyList<string> PolicyNames { get; } = ["rules", "allocator", "allocator+rules", "static", "uniform"];
}
