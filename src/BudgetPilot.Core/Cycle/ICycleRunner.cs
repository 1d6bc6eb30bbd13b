namespace BudgetPilot.Core.Cycle;

/// <summary>Runs one optimization cycle of one workspace at an instant. Hosts (the scheduler, the CLI) call this.</summary>
public interface ICycleRunner
{
    Task<CycleRecord> RunAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
