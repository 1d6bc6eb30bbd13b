using BudgetPilot.Core;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Metrics;
using BudgetPilot.Storage.Tests.Databases;

namespace BudgetPilot.Storage.Tests.Metrics;

public sealed class MetricStoreTests(DatabaseFixture databases) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static MetricSample Sample(CampaignId campaign, int hour, decimal spend = 10.25m) =>
        new(campaign, Samples.Noon.AddHours(hour), spend, 1_000 + hour, 40, 2.5m, 99.999999m, 0.42);

    [Theory, DatabaseData]
    public async Task Upsert_Samples_RoundTripOrderedByCampaignThenHour(StorageProvider provider)
    {
        var store = (await databases.OpenAsync(provider)).Get<IMetricStore>();
        var workspace = DatabaseFixture.NewWorkspace();
        var tiktok = new CampaignId(Platform.TikTokAds, "a");
        var google = new CampaignId(Platform.GoogleAds, "z");
        var samples = new[] { Sample(tiktok, 1), Sample(google, 2), Sample(tiktok, 0) with { ImpressionShare = null }, Sample(google, 0) };

        await store.UpsertAsync(workspace, samples, Token);
        var read = await store.GetAsync(workspace, Samples.Noon, Samples.Noon.AddDays(1), Token);

        Assert.Equal([samples[3], samples[1], samples[2], samples[0]], read);
    }

    [Theory, DatabaseData]
    public async Task Upsert_ConvertedSamples_RoundTripWithTheirRate(StorageProvider provider)
    {
        var store = (await databases.OpenAsync(provider)).Get<IMetricStore>();
        var workspace = DatabaseFixture.NewWorkspace();
        var campaign = Samples.Meta();

        // An inverted pair: 1 / 1.08 has more digits than any column keeps, so the adapter's rounded rate is what must come back.
        var inverse = new CurrencyConversion("USD", "EUR", Math.Round(1m / 1.08m, 12), "currency_rates, inverse of EUR:USD=1.08", null);
        var dated = new CurrencyConversion("GBP", "EUR", 1.153846m, "currency_rates_file rates.csv", new DateOnly(2026, 11, 24));
        var samples = new[]
        {
            Sample(campaign, 0, spend: Math.Round(12.34m * inverse.Rate, 6)) with { Reported = new ReportedMoney(12.34m, 99.5m, inverse) },
            Sample(campaign, 1, spend: Math.Round(10m * dated.Rate, 6)) with { Reported = new ReportedMoney(10m, 0m, dated) },
            Sample(campaign, 2),
        };

        await store.UpsertAsync(workspace, samples, Token);
        var read = await store.GetAsync(workspace, campaign, Samples.Noon, Samples.Noon.AddHours(3), Token);

        Assert.Equal(samples, read);
        Assert.Equal(12.34m, Math.Round(read[0].Spend / read[0].Reported!.Conversion.Rate, 2));
        Assert.Null(read[2].Reported);
    }

    [Theory, DatabaseData]
    public async Task Upsert_ConversionChangesOnReplace_LatestRateKept(StorageProvider provider)
    {
        var store = (await databases.OpenAsync(provider)).Get<IMetricStore>();
        var workspace = DatabaseFixture.NewWorkspace();
        var campaign = Samples.Meta();
        var converted = Sample(campaign, 0) with { Reported = new ReportedMoney(9.5m, 1m, new CurrencyConversion("EUR", "USD", 1.08m, "currency_rates", null)) };

        await store.UpsertAsync(workspace, [converted], Token);
        await store.UpsertAsync(workspace, [Sample(campaign, 0)], Token);
        var read = await store.GetAsync(workspace, Samples.Noon, Samples.Noon.AddHours(1), Token);

        Assert.Equal([Sample(campaign, 0)], read);
    }

    [Theory, DatabaseData]
    public async Task Upsert_SameCampaignHour_ReplacesInsteadOfAdding(StorageProvider provider)
    {
        var store = (await databases.OpenAsync(provider)).Get<IMetricStore>();
        var workspace = DatabaseFixture.NewWorkspace();
        var campaign = Samples.Meta();

        await store.UpsertAsync(workspace, [Sample(campaign, 0, spend: 5m), Sample(campaign, 1)], Token);
        await store.UpsertAsync(workspace, [Sample(campaign, 0, spend: 7m), Sample(campaign, 0, spend: 8m) with { Conversions = 4m }], Token);
        var read = await store.GetAsync(workspace, Samples.Noon, Samples.Noon.AddHours(2), Token);

        Assert.Equal([Sample(campaign, 0, spend: 8m) with { Conversions = 4m }, Sample(campaign, 1)], read);
    }

    [Theory, DatabaseData]
    public async Task Get_Range_IsHalfOpenAndComparesInstantsNotOffsets(StorageProvider provider)
    {
        var store = (await databases.OpenAsync(provider)).Get<IMetricStore>();
        var workspace = DatabaseFixture.NewWorkspace();
        var campaign = Samples.Meta();
        await store.UpsertAsync(workspace, [.. Enumerable.Range(0, 6).Select(h => Sample(campaign, h))], Token);

        // 14:00+02:00 is 12:00 UTC: the first hour stored.
        var from = new DateTimeOffset(2025, 3, 14, 14, 0, 0, TimeSpan.FromHours(2)).AddHours(1);
        var read = await store.GetAsync(workspace, from, Samples.Noon.AddHours(4), Token);

        Assert.Equal([1, 2, 3], read.Select(s => (int)(s.Hour - Samples.Noon).TotalHours));
        Assert.All(read, s => Assert.Equal(TimeSpan.Zero, s.Hour.Offset));
    }

    [Theory, DatabaseData]
    public async Task Upsert_ManySamplesAcrossBatches_AllStoredOnce(StorageProvider provider)
    {
        var store = (await databases.OpenAsync(provider)).Get<IMetricStore>();
        var workspace = DatabaseFixture.NewWorkspace();
        var samples = Enumerable.Range(0, 12_345)
            .Select(i => Sample(new CampaignId(Platform.GoogleAds, $"c{i % 50}"), i / 50, spend: i / 100m))
            .ToList();

        await store.UpsertAsync(workspace, samples, Token);
        await store.UpsertAsync(workspace, samples, Token);
        var read = await store.GetAsync(workspace, Samples.Noon, Samples.Noon.AddDays(30), Token);

        Assert.Equal(samples.Count, read.Count);
        Assert.Equal(samples.Sum(s => s.Spend), read.Sum(s => s.Spend));
    }
}
