using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Execution;
using BudgetPilot.Platforms.Csv;
using BudgetPilot.Platforms.Currency;
using Microsoft.Extensions.Time.Testing;

namespace BudgetPilot.Platforms.Tests;

public sealed class CsvImportPlatformTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("budgetpilot-csv-").FullName;
    private readonly FakeTimeProvider time = new(Harness.Start);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task GoogleExport_WithTitleLinesSeparatorsAndTotals_ReadsHourlySamplesAndCampaigns()
    {
        File.WriteAllText(Path.Combine(folder, "google.csv"), """
            Campaign performance report
            "January 2, 2025"
            Campaign,Campaign ID,Day,Hour of day,Currency code,Budget,Cost,Impr.,Clicks,Conversions,Conv. value
            Brand,111,2025-01-02,10,USD,50.00,"1,234.50","12,000",400,3.00,"4,500.25"
            Brand,111,2025-01-02,11,USD,50.00,5.00,100,2,--,--
            Generic,112,2025-01-02,11,USD,80.00,-3.00,100,2,0,0
            Total: Account,--,--,--,--,--,"1,236.50","12,100",402,3.00,"4,500.25"
            """);
        var platform = new CsvImportPlatform(Platform.GoogleAds, folder, "USD", CurrencyRates.None, TimeZoneInfo.Utc, null, time);

        var campaigns = await platform.GetCampaignsAsync(Ct);
        var batch = await platform.GetMetricsAsync(Harness.Start.AddHours(-3), Harness.Start, Ct);

        Assert.Equal(["111", "112"], campaigns.Select(c => c.Id.Value));
        Assert.Equal(50m, campaigns[0].DailyBudget);
        Assert.Equal(2, batch.Samples.Count);
        Assert.Equal(1234.50m, batch.Samples[0].Spend);
        Assert.Equal(12000, batch.Samples[0].Impressions);
        Assert.Equal(4500.25m, batch.Samples[0].ConversionValue);
        Assert.Equal(0m, batch.Samples[1].Conversions);
        Assert.Contains("negative spend", Assert.Single(batch.Rejected).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MetaExport_InAnotherCurrency_IsConvertedWithTheRate()
    {
        File.WriteAllText(Path.Combine(folder, "meta.csv"), """
            Campaign name,Campaign ID,Day,Time of day (ad account time zone),Amount spent (EUR),Impressions,Link clicks,Purchases,Purchases conversion value
            Prospecting,120200000000000001,2025-01-02,10:00:00 - 10:59:59,100.00,1000,40,2,300.00
            Prospecting,120200000000000001,2025-01-02,11:00:00 - 11:59:59,NaN,1000,40,2,300.00
            """);
        var platform = new CsvImportPlatform(Platform.MetaAds, folder, "USD", CurrencyRates.ParseInline("EUR:USD=1.10"), TimeZoneInfo.Utc, null, time);

        var batch = await platform.GetMetricsAsync(Harness.Start.AddHours(-3), Harness.Start, Ct);

        var sample = Assert.Single(batch.Samples);
        Assert.Equal(110m, sample.Spend);
        Assert.Equal(330m, sample.ConversionValue);
        Assert.Contains("'NaN' is not a number", Assert.Single(batch.Rejected).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_OnAnImportedAccount_IsRefusedWithAReason()
    {
        var platform = new CsvImportPlatform(Platform.GoogleAds, folder, "USD", CurrencyRates.None, TimeZoneInfo.Utc, null, time);

        var ex = await Assert.ThrowsAsync<PlatformException>(() => platform.ApplyAsync(new CampaignChange(new CampaignId(Platform.GoogleAds, "111"), null, 10m), "k", Ct));

        Assert.False(ex.Transient);
        Assert.Contains("CSV exports", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileWithoutHeader_IsRefusedAsAWholeWithItsName()
    {
        File.WriteAllText(Path.Combine(folder, "junk.csv"), "hello,world\n1,2\n");
        var platform = new CsvImportPlatform(Platform.GoogleAds, folder, "USD", CurrencyRates.None, TimeZoneInfo.Utc, null, time);

        var batch = await platform.GetMetricsAsync(Harness.Start.AddHours(-3), Harness.Start, Ct);

        var rejected = Assert.Single(batch.Rejected);
        Assert.Equal("junk.csv", rejected.Row);
        Assert.Contains("Campaign ID", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cycle_WithACsvFolderForGoogle_ReadsTheExportsWithoutCredentials()
    {
        var at = new DateTimeOffset(2026, 3, 10, 10, 5, 0, TimeSpan.Zero);
        var day = at.AddHours(-2);
        File.WriteAllText(Path.Combine(folder, "google.csv"), $"Campaign,Campaign ID,Day,Hour of day,Currency code,Budget,Cost,Impr.,Clicks,Conversions,Conv. value\nBrand,111,{day:yyyy-MM-dd},{day.Hour},USD,50.00,5.00,100,2,1,40\n");
        var config = Path.Combine(folder, "budgetpilot.yaml");
        File.WriteAllText(config, $$"""
            workspace: { id: csv, name: "CSV", total_daily_budget: 1000, currency: USD, time_zone: UTC, min_roas: 2.0, max_campaign_budget: 500 }
            storage: { provider: sqlite, connection_string: "Data Source={{Path.Combine(folder, "bp.db")}}" }
            platforms:
              google_ads: { enabled: true, csv_folder: "{{folder}}" }
            """);

        var (code, output) = await CliRun.RunAsync("cycle", "--config", config, "--at", at.ToString("O"));

        Assert.True(code == 0, output);
        Assert.Contains("Collected 1 sample(s)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("unreachable", output, StringComparison.OrdinalIgnoreCase);
    }
}
