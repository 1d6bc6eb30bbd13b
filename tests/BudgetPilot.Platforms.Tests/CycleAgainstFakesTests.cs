using System.Diagnostics;
using BudgetPilot.Core;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Metrics;
using BudgetPilot.Platforms.Tests.Fakes;
using BudgetPilot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BudgetPilot.Platforms.Tests;

/// <summary>
/// `budgetpilot cycle` through the real composition root, with google_ads and meta_ads pointed at the fakes:
/// campaigns and metrics are read, and the executed pause reaches each fake as the right call, once.
/// </summary>
public sealed class CycleAgainstFakesTests : IAsyncLifetime
{
    // Every command runs `--at` this instant: nothing here depends on the real date or time of day.
    private static readonly DateTimeOffset At = new(2026, 3, 10, 10, 5, 0, TimeSpan.Zero);
    private static readonly string AtText = At.ToString("O");

    private readonly string folder = Directory.CreateTempSubdirectory("budgetpilot-platforms-").FullName;
    private readonly FakeGoogleAds google = new(new FakeTimeProvider(At));
    private readonly FakeMeta meta = new(new FakeTimeProvider(At));

    public async ValueTask InitializeAsync()
    {
        await google.StartAsync();
        await meta.StartAsync();
        google.AddCampaign("111", "Winner", 200m);
        google.AddCampaign("112", "Loser", 150m);
        meta.PageSize = 500;
        meta.AddCampaign("120200000000000001", "Prospecting", 20000);
        meta.AddCampaign("120200000000000002", "Dud", 15000);
        var now = At;
        for (var h = 24 * 17; h >= 1; h--)
        {
            var hour = now.AddHours(-h);
            var day = DateOnly.FromDateTime(hour.UtcDateTime);
            google.AddHour("111", day, hour.Hour, 8m, conversions: 2, value: 80);
            google.AddHour("112", day, hour.Hour, 6m, conversions: 0, value: 0);
            meta.AddHour("120200000000000001", day, hour.Hour, "8.00", purchases: "2", value: "80.00");
            meta.AddHour("120200000000000002", day, hour.Hour, "6.00", purchases: "0", value: "0");
        }

        await File.WriteAllTextAsync(Config, $$"""
            workspace: { id: fakes, name: "Fakes", total_daily_budget: 1000, currency: USD, time_zone: UTC, min_roas: 2.0, max_campaign_budget: 500 }
            autonomous_mode: true
            grace_period: 0h
            storage: { provider: sqlite, connection_string: "Data Source={{Path.Combine(folder, "bp.db")}}" }
            platforms:
              google_ads: { enabled: true, base_url: "{{google.BaseUrl}}", api_version: v21, access_token: tok, ad_account_id: "123-456-7890", developer_token: dev }
              meta_ads: { enabled: true, base_url: "{{meta.BaseUrl}}", api_version: v25.0, access_token: {{FakeMeta.Token}}, ad_account_id: act_123 }
            """);
    }

    private string Config => Path.Combine(folder, "budgetpilot.yaml");

    public async ValueTask DisposeAsync()
    {
        await google.DisposeAsync();
        await meta.DisposeAsync();
    }

    [Fact]
    public async Task Cycle_AgainstBothFakes_ReadsAndExecutesThePauseAsTheRightCalls()
    {
        var clock = Stopwatch.StartNew();
        var (code, output) = await CliRun.RunAsync("cycle", "--config", Config, "--at", AtText);
        clock.Stop();
        await File.WriteAllTextAsync(Path.Combine(Path.GetTempPath(), "budgetpilot-cycle-output.txt"), output, TestContext.Current.CancellationToken);

        Assert.True(code == 0, output);
        Assert.Contains(google.Requests, r => r.Path.EndsWith("googleAds:searchStream", StringComparison.Ordinal) && r.Body.Contains("segments.hour", StringComparison.Ordinal));
        Assert.Contains(meta.Requests, r => r.Path.EndsWith("/insights", StringComparison.Ordinal));
        Assert.Equal(1, google.AppliedCount("customers/1234567890/campaigns/112", "PAUSED"));
        Assert.Equal(1, meta.AppliedCount("120200000000000002", "PAUSED"));
        Assert.Equal(0, google.AppliedCount("customers/1234567890/campaigns/111", "PAUSED"));

        var (googleFirst, metaFirst) = (google.Requests.Count, meta.Requests.Count);
        var steady = Stopwatch.StartNew();
        var second = await CliRun.RunAsync("cycle", "--config", Config, "--at", At.AddMinutes(15).ToString("O"));
        steady.Stop();
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Equal(1, google.AppliedCount("customers/1234567890/campaigns/112", "PAUSED"));

        var figures = $"first cycle (bootstrap, 16 days): {clock.ElapsedMilliseconds} ms, google_ads {googleFirst} calls, meta_ads {metaFirst} calls; " +
            $"next cycle (+15 min): {steady.ElapsedMilliseconds} ms, google_ads {google.Requests.Count - googleFirst} calls, meta_ads {meta.Requests.Count - metaFirst} calls";
        TestContext.Current.SendDiagnosticMessage(figures);
        await File.WriteAllTextAsync(Path.Combine(Path.GetTempPath(), "budgetpilot-cycle-figures.txt"), figures + Environment.NewLine + output, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task PlatformsTest_ShowsEachAccountItsCampaignsAndLastDataPoint_AndNamesAFailure()
    {
        var (code, output) = await CliRun.RunAsync("platforms", "test", "--config", Config, "--at", AtText);
        google.Enqueue(Fault.LongQuota);
        var (failedCode, failedOutput) = await CliRun.RunAsync("platforms", "test", "--config", Config, "--at", AtText);

        Assert.True(code == 0, output);
        Assert.Contains("123-456-7890", output, StringComparison.Ordinal);
        Assert.Contains("2 (Winner, Loser)", output, StringComparison.Ordinal);
        Assert.Contains("2 (Prospecting, Dud)", output, StringComparison.Ordinal);
        Assert.Equal(1, failedCode);
        Assert.Contains("quota exhausted", failedOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(meta.Requests, r => r.Method == "POST");
        Assert.Contains("USD (no conversion)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlatformsTest_AnAccountInAnotherCurrency_ShowsTheRateUsedAndWhereItCameFrom()
    {
        meta.Currency = "EUR";
        var config = Path.Combine(folder, "eur.yaml");
        await File.WriteAllTextAsync(config, (await File.ReadAllTextAsync(Config, TestContext.Current.CancellationToken))
            .Replace("ad_account_id: act_123 }", "ad_account_id: act_123, currency_rates: \"EUR:USD=1.10\" }", StringComparison.Ordinal), TestContext.Current.CancellationToken);

        var (code, output) = await CliRun.RunAsync("platforms", "test", "--config", config, "--at", AtText);

        Assert.True(code == 0, output);
        Assert.Contains("EUR→USD 1.1 (currency_rates, undated)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cycle_AnAccountInAnotherCurrency_StoresEachSampleWithItsOriginalAmountsAndRate()
    {
        // The rows were added in USD by InitializeAsync; the account and every insights row now say EUR.
        meta.Currency = "EUR";
        for (var i = 0; i < meta.Insights.Count; i++)
        {
            meta.Insights[i] = meta.Insights[i] with { Json = meta.Insights[i].Json.Replace("\"account_currency\":\"USD\"", "\"account_currency\":\"EUR\"", StringComparison.Ordinal) };
        }

        var rates = Path.Combine(folder, "fx.csv");
        var database = Path.Combine(folder, "eur.db");
        await File.WriteAllTextAsync(rates, "from,to,rate,date\nEUR,USD,1.10,2026-11-24\n", TestContext.Current.CancellationToken);
        var config = Path.Combine(folder, "eur-cycle.yaml");
        await File.WriteAllTextAsync(config, (await File.ReadAllTextAsync(Config, TestContext.Current.CancellationToken))
            .Replace(Path.Combine(folder, "bp.db"), database, StringComparison.Ordinal)
            .Replace("ad_account_id: act_123 }", $"ad_account_id: act_123, currency_rates_file: \"{rates}\" }}", StringComparison.Ordinal), TestContext.Current.CancellationToken);

        var (code, output) = await CliRun.RunAsync("cycle", "--config", config, "--at", AtText);

        Assert.True(code == 0, output);
        await using var services = new ServiceCollection()
            .AddBudgetPilotStorage(new StorageOptions { Provider = StorageProvider.Sqlite, ConnectionString = $"Data Source={database}" })
            .BuildServiceProvider();
        var stored = await services.GetRequiredService<IMetricStore>().GetAsync("fakes", At.AddDays(-30), At, TestContext.Current.CancellationToken);
        var metaSamples = stored.Where(s => s.CampaignId.Platform == Platform.MetaAds).ToList();
        var googleSamples = stored.Where(s => s.CampaignId.Platform == Platform.GoogleAds).ToList();
        Assert.NotEmpty(metaSamples);
        Assert.All(metaSamples, s =>
        {
            Assert.Equal(new CurrencyConversion("EUR", "USD", 1.10m, "currency_rates_file fx.csv", new DateOnly(2026, 11, 24)), s.Reported!.Conversion);
            Assert.Equal(Math.Round(s.Reported.Spend * 1.10m, 6), s.Spend);
        });
        Assert.Contains(metaSamples, s => s.Reported!.Spend == 8m && s.Spend == 8.8m);
        Assert.NotEmpty(googleSamples);
        Assert.All(googleSamples, s => Assert.Null(s.Reported));
    }
}
