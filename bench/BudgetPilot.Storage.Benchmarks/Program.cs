using BudgetPilot.Storage;
using BudgetPilot.Storage.Benchmarks;

// dotnet run -c Release --project bench/BudgetPilot.Storage.Benchmarks -- sqlite|postgresql [samples] [converted]
// dotnet run -c Release --project bench/BudgetPilot.Storage.Benchmarks -- sqlite|postgresql allocator [campaigns]
var provider = args.Length > 0 && args[0].StartsWith("post", StringComparison.OrdinalIgnoreCase)
    ? StorageProvider.PostgreSql
    : StorageProvider.Sqlite;
if (args.Length > 1 && args[1] == "allocator")
{
    var campaigns = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
    await AllocatorStateBenchmark.RunAsync(provider, campaigns, Console.Out, CancellationToken.None);
    return;
}

var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
var converted = args.Length > 2 && args[2] == "converted";
await IngestionBenchmark.RunAsync(provider, count, Console.Out, CancellationToken.None, converted);
