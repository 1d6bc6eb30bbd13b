using System.Diagnostics;
using BudgetPilot.Core;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Metrics;
using BudgetPilot.Storage.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace BudgetPilot.Storage.Benchmarks;

/// <summary>
/// Rows per second through <see cref="IMetricStore.UpsertAsync"/> on a fresh database: first as
/// inserts, then the same samples again as updates (a later report of every hour).
/// </summary>
public static class IngestionBenchmark
{
    /// <param name="converted">Every sample carries its original amounts and currency rate (an account in another currency).</param>
    public static async Task RunAsync(StorageProvider provider, int count, TextWriter output, CancellationToken cancellationToken, bool converted = false)
    {
        var options = Options(provider, out var cleanup);
        await using var services = new ServiceCollection().AddBudgetPilotStorage(options).BuildServiceProvider();
        try
        {
            await services.MigrateBudgetPilotStorageAsync(cancellationToken);
            var store = services.GetRequiredService<IMetricStore>();
            var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
            var samples = Enumerable.Range(0, count)
                .Select(i => new MetricSample(new CampaignId(Platform.MetaAds, $"c{i % 200}"), start.AddHours(i / 200), 12.34m + (i % 97), 1_000 + i, 40, 2.5m, 88.123456m, 0.4)
                {
                    Reported = converted ? new ReportedMoney(11.43m + (i % 97), 81.6m, Rate) : null,
                })
                .ToList();

            await store.UpsertAsync("warm-up", samples.Take(1_000).ToList(), cancellationToken);
            await Measure(output, provider, "insert", count, () => store.UpsertAsync("bench", samples, cancellationToken));
            var later = samples.Select(s => s with { Conversions = s.Conversions + 1m }).ToList();
            await Measure(output, provider, "update", count, () => store.UpsertAsync("bench", later, cancellationToken));
            await Measure(output, provider, "read", count, () => store.GetAsync("bench", start, start.AddYears(1), cancellationToken));
        }
        finally
        {
            await cleanup(services);
        }
    }

    private static readonly CurrencyConversion Rate = new("EUR", "USD", 1.08m, "currency_rates_file fx.csv", new DateOnly(2024, 12, 31));

    internal static async Task Measure(TextWriter output, StorageProvider provider, string what, int rows, Func<Task> run)
    {
        // CPU time of this process beside wall time: on a shared machine the wall clock also measures the neighbours.
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var started = TimeProvider.System.GetTimestamp();
        await run();
        var elapsed = TimeProvider.System.GetElapsedTime(started);
        process.Refresh();
        var used = process.TotalProcessorTime - cpu;
        await output.WriteLineAsync(
            $"{provider,-10} {what,-6} {rows,8:N0} rows in {elapsed.TotalSeconds,6:N2} s = {rows / elapsed.TotalSeconds,10:N0} rows/s (client CPU {used.TotalSeconds:N2} s)");
    }

    internal static StorageOptions Options(StorageProvider provider, out Func<IServiceProvider, Task> cleanup)
    {
        if (provider == StorageProvider.PostgreSql)
        {
            var server = Environment.GetEnvironmentVariable("BUDGETPILOT_TEST_POSTGRES")
                ?? throw new InvalidOperationException("Set BUDGETPILOT_TEST_POSTGRES (scripts/postgres.sh start).");
            var database = new NpgsqlConnectionStringBuilder(server) { Database = $"bp_bench_{Guid.NewGuid():N}" };
            cleanup = async services =>
            {
                await using var db = await services.GetRequiredService<IDbContextFactory<BudgetPilotDbContext>>().CreateDbContextAsync();
                await db.Database.EnsureDeletedAsync();
            };
            return new StorageOptions { Provider = provider, ConnectionString = database.ConnectionString };
        }

        var folder = Path.Combine(Path.GetTempPath(), $"budgetpilot-bench-{Guid.NewGuid():N}");
        cleanup = _ =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
            return Task.CompletedTask;
        };
        return new StorageOptions { Provider = provider, ConnectionString = $"Data Source={Path.Combine(folder, "bench.db")}" };
    }
}
