using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Memory;
using BudgetPilot.Platforms.Currency;
using BudgetPilot.Platforms.Tests.Fakes;
using BudgetPilot.Platforms.TikTok;

namespace BudgetPilot.Platforms.Tests;

public sealed class TikTokPlatformTests : IAsyncLifetime
{
    private static readonly DateOnly Day = new(2025, 1, 2);
    private readonly DrivenClock time = new(Harness.Start);
    private readonly FakeTikTok fake;

    public TikTokPlatformTests()
    {
        fake = new FakeTikTok(time);
        fake.AddCampaign("1800000000000001", "Spring", 50.0m);
        fake.AddCampaign("1800000000000002", "Summer", 20.5m, status: "DISABLE");
        fake.AddCampaign("1800000000000003", "Winter", 30m);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static CampaignId Id(string value) => new(Platform.TikTokAds, value);

    public async ValueTask InitializeAsync() => await fake.StartAsync();

    public ValueTask DisposeAsync() => fake.DisposeAsync();

    [Fact]
    public async Task GetCampaigns_AcrossPages_ReadsDecimalBudgetsAndStatuses()
    {
        var campaigns = await Harness.TikTok(fake, time).GetCampaignsAsync(Ct);

        Assert.Equal(3, campaigns.Count);
        Assert.Equal(50m, campaigns[0].DailyBudget);
        Assert.Equal(CampaignStatus.Paused, campaigns[1].Status);
        Assert.Contains(fake.Requests, r => r.Query.Contains("page=2", StringComparison.Ordinal));
        Assert.All(fake.Requests.Where(r => r.Path.EndsWith("/campaign/get/", StringComparison.Ordinal)), r => Assert.Contains("advertiser_id=7000000000000000001", r.Query, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetMetrics_StringMetrics_BecomeSamplesWithValueFromRoas_AndBadRowsAreRefused()
    {
        fake.AddHour("1800000000000001", Day, 10, "12.34", roas: "2.00");
        fake.AddHour("1800000000000001", Day, 11, "-3.00");
        fake.AddHour("1800000000000003", Day, 11, "Infinity");

        var batch = await Harness.TikTok(fake, time).GetMetricsAsync(Harness.Start.AddHours(-3), Harness.Start, Ct);

        var sample = Assert.Single(batch.Samples);
        Assert.Equal(12.34m, sample.Spend);
        Assert.Equal(24.68m, sample.ConversionValue);
        Assert.Equal(2, batch.Rejected.Count);
    }

    [Fact]
    public async Task Apply_BudgetAndPause_SendTheRightCalls()
    {
        var platform = Harness.TikTok(fake, time);

        var budget = await platform.ApplyAsync(new CampaignChange(Id("1800000000000001"), null, 75m), "k1", Ct);
        var paused = await platform.ApplyAsync(new CampaignChange(Id("1800000000000003"), CampaignStatus.Paused, null), "k2", Ct);

        Assert.Equal(75m, budget.DailyBudget);
        Assert.Equal(CampaignStatus.Paused, paused.Status);
        Assert.Equal(1, fake.AppliedCount("1800000000000001", "75"));
        Assert.Equal(1, fake.AppliedCount("1800000000000003", "DISABLE"));
        Assert.Contains(fake.Requests, r => r.Path.EndsWith("/campaign/status/update/", StringComparison.Ordinal) && r.Body.Contains("\"operation_status\":\"DISABLE\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RateLimit40100InsideHttp200_IsRetried()
    {
        fake.Enqueue(Fault.Throttle);

        var campaigns = await Harness.DriveAsync(Harness.TikTok(fake, time).GetCampaignsAsync(Ct), time, fake);

        Assert.Equal(3, campaigns.Count);
    }

    [Fact]
    public async Task BadToken_40105_IsReadableAndNotRetried()
    {
        var ex = await Assert.ThrowsAsync<PlatformException>(() => Harness.TikTok(fake, time, "Bearer tt-token").GetCampaignsAsync(Ct));

        Assert.False(ex.Transient);
        Assert.Contains("40105", ex.Message, StringComparison.Ordinal);
        Assert.Single(fake.Requests);
    }

    [Fact]
    public async Task LostReply_WithTheExecutor_IsAppliedOnce()
    {
        var store = new InMemoryStore();
        var executor = new Executor(store, store, new Dictionary<Platform, IAdPlatform> { [Platform.TikTokAds] = Harness.TikTok(fake, time) }, time);
        var action = new ProposedAction("t-1", Id("1800000000000001"), "Spring", ActionType.IncreaseBudget,
            new CurrentState(50m, 0m, 0m, null, Core.Analysis.TrendDirection.Stable), 60m, "", "scale", 0.9, RiskLevel.Low, new EstimatedImpact(0m, 0m, 0m), Urgency.Critical, "test");
        fake.Enqueue(Fault.LostReply, "/campaign/update/");

        var result = await Harness.DriveAsync(executor.ExecuteAsync("ws", action, 10m, "test", Ct), time, fake);

        Assert.Equal(OutcomeStatus.Succeeded, result.Status);
        Assert.Equal(1, fake.TotalApplied);
    }

    [Fact]
    public async Task Advertiser_CurrencyAndTimeZone_AreReadFromAdvertiserInfoOnce()
    {
        fake.Currency = "EUR";
        fake.TimeZone = "Europe/Berlin";
        fake.AddHour("1800000000000001", Day, 12, "10.00");
        var platform = Harness.TikTok(fake, time, rates: CurrencyRates.ParseInline("EUR:USD=1.10"));

        var campaigns = await platform.GetCampaignsAsync(Ct);
        var batch = await platform.GetMetricsAsync(Harness.Start.AddHours(-3), Harness.Start, Ct);

        // 12:00 in Berlin (UTC+1 in January) is 11:00 UTC; 50 EUR at 1.10 is 55 USD.
        var sample = Assert.Single(batch.Samples);
        Assert.Equal(new DateTimeOffset(2025, 1, 2, 11, 0, 0, TimeSpan.Zero), sample.Hour);
        Assert.Equal(11m, sample.Spend);
        Assert.Equal("EUR", sample.Reported!.Conversion.FromCurrency);
        Assert.Equal(55m, campaigns[0].DailyBudget);
        var info = Assert.Single(fake.Requests, r => r.Path.EndsWith("/advertiser/info/", StringComparison.Ordinal));
        Assert.Contains(Uri.EscapeDataString($"[\"{FakeTikTok.Advertiser}\"]"), info.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Advertiser_ConfiguredCurrencyAndTimeZone_OverrideTheApiAndSkipTheRead()
    {
        fake.Currency = "EUR";
        fake.TimeZone = "Europe/Berlin";
        fake.AddHour("1800000000000001", Day, 11, "10.00");
        var overrides = new TikTokOptions { AdvertiserId = FakeTikTok.Advertiser, AccessToken = "", WorkspaceCurrency = "USD", AccountCurrency = "USD", TimeZone = "UTC" };
        var platform = Harness.TikTok(fake, time, overrides: overrides);

        var batch = await platform.GetMetricsAsync(Harness.Start.AddHours(-3), Harness.Start, Ct);

        var sample = Assert.Single(batch.Samples);
        Assert.Equal(new DateTimeOffset(2025, 1, 2, 11, 0, 0, TimeSpan.Zero), sample.Hour);
        Assert.Equal(10m, sample.Spend);
        Assert.Null(sample.Reported);
        Assert.DoesNotContain(fake.Requests, r => r.Path.EndsWith("/advertiser/info/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Advertiser_UnreadableTimeZone_FallsBackToDisplayTimeZoneOrFailsNamingTheOverride()
    {
        fake.TimeZone = "GMT+08:00 Somewhere";
        fake.DisplayTimeZone = "Asia/Singapore";
        var (_, zone) = await Harness.TikTok(fake, time).AccountAsync(Ct);
        fake.DisplayTimeZone = null;

        var ex = await Assert.ThrowsAsync<PlatformException>(() => Harness.TikTok(fake, time).GetCampaignsAsync(Ct));

        Assert.Equal(TimeSpan.FromHours(8), zone.BaseUtcOffset);
        Assert.Contains("time zone 'GMT+08:00 Somewhere'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("time_zone", ex.Message, StringComparison.Ordinal);
        Assert.False(ex.Transient);
    }

    [Fact]
    public async Task Advertiser_NotVisibleToTheToken_IsAClearError()
    {
        var overrides = new TikTokOptions { AdvertiserId = "7000000000000000999", AccessToken = "", WorkspaceCurrency = "USD" };

        var ex = await Assert.ThrowsAsync<PlatformException>(() => Harness.TikTok(fake, time, overrides: overrides).GetCampaignsAsync(Ct));

        Assert.Contains("advertiser 7000000000000000999: advertiser/info/ did not return it", ex.Message, StringComparison.Ordinal);
    }
}
