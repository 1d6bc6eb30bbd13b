using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using BudgetPilot.Benchmarks;

// dotnet run -c Release --project bench/BudgetPilot.Benchmarks -- --filter '*Cycle*' --job short
// dotnet run -c Release --project bench/BudgetPilot.Benchmarks -- describe   (what one cycle does at each N)
if (args is ["describe", ..])
{
    await CycleDescription.WriteAsync(Console.Out);
    return;
}

// Op/s: for the simulation benchmarks, whose operation is one campaign-tick, that is campaign-ticks per second.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, DefaultConfig.Instance.AddColumn(StatisticColumn.OperationsPerSecond));
