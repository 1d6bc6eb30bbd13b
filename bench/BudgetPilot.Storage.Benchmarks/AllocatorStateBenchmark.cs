using BudgetPilot.Core.Allocation;
using BudgetPilot.Core.Campaigns;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetPilot.Storage.Benchmarks;

/// <summary>
/// The allocator's daily state traffic for one big workspace: the first save of a full window, then a
/// typical day (the analysis week's days of every campaign changed, one day leaving the window), then the load.
/// </summary>
public static class AllocatorStateBenchmark
{
    public static async Task RunAsync(StorageProvider provider, int campaigns, TextWriter output, CancellationToken cancellationToken)
    {
        var options = IngestionBenchmark.Options(provider, out var cleanup);
        await using var services = new ServiceCollection().AddBudgetPilotStorage(options).BuildServiceProvider();
        try
        {
            await services.MigrateBudgetPilotStorageAsync(cancellationToken);
            var store = services.GetRequiredService<IAllocatorStateStore>();
            var today = new DateOnly(2026, 3, 1);
            var ids = Enumerable.Range(0, campaigns).Select(i => new CampaignId(Platform.MetaAds, $"c{i}")).ToList();
            var window = ids.SelectMany(c => Enumerable.Range(1, 28).Select(age => Day(c, today.AddDays(-age), age))).ToList();
            var maturity = new MaturityStatistics([0, 1, 2, 3, 4, 5, 6, 7], [0, 2, 3, 4, 5, 6, 7, 8], 30);

            await IngestionBenchmark.Measure(output, provider, "first", window.Count, () =>
                store.SaveAsync("bench", new AllocatorStateChanges(today, maturity, window, today.AddDays(-28), true, DateTimeOffset.UnixEpoch), cancellationToken));
            var tomorrow = today.AddDays(1);
            var week = ids.SelectMany(c => Enumerable.Range(1, 7).Select(age => Day(c, tomorrow.AddDays(-age), age) with { Spend = 101 })).ToList();
            await IngestionBenchmark.Measure(output, provider, "daily", week.Count, () =>
                store.SaveAsync("bench", new AllocatorStateChanges(tomorrow, maturity, week, tomorrow.AddDays(-28), false, DateTimeOffset.UnixEpoch), cancellationToken));
            await IngestionBenchmark.Measure(output, provider, "load", window.Count, async () =>
            {
                var state = await store.LoadAsync("bench", cancellationToken);
                if (state?.Days.Count != window.Count)
                {
                    throw new InvalidOperationException($"Loaded {state?.Days.Count} days, expected {window.Count}.");
                }
            });
        }
        finally
        {
            await cleanup(services);
        }
    }

    private static AllocatorDay Day(CampaignId campaign, DateOnly date, int age) =>
        new(campaign, date, 100, 300, 6, [.. Enumerable.Range(1, 7).Select(a => a <= age ? 300.0 * a / 7 : -1)], age >= 7);
}
