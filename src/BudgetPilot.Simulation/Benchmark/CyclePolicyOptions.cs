using BudgetPilot.Core.Settings;

namespace BudgetPilot.Simulation.Benchmark;

/// <summary>How a simulated workspace is set up: its settings, targets, and whether a simulated manager approves every request.</summary>
public sealed record CyclePolicyOptions
{
    public WorkspaceSettings Settings { get; init; } = new();

    public decimal MinRoas { get; init; } = 3.0m;

    public decimal? TargetCpa { get; init; }

    /// <summary>A manager who approves every pending request at the next cycle (the seed's "click Approve").</summary>
    public bool ApproveEverything { get; init; }

    public bool KeepCycleRecords { get; init; }
}
