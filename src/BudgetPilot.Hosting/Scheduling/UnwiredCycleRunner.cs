using BudgetPilot.Core.Cycle;

namespace BudgetPilot.Hosting.Scheduling;

/// <summary>Stands in until a host calls <see cref="BudgetPilotBuilder.UseCycleRunner"/>; every cycle fails loudly rather than pretending to run.</summary>
internal sealed class UnwiredCycleRunner : ICycleRunner
{
    public Task<CycleRecord> RunAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("No cycle runner is wired into this host: call UseCycleRunner(...) in AddBudgetPilot(config, builder => ...).");
}
