using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Memory;
using BudgetPilot.Platforms.Tests.Fakes;

namespace BudgetPilot.Platforms.Tests;

public sealed class MetaPlatformTests : IAsyncLifetime
{
    private static readonly DateOnly Day = new(2025, 1, 2);
    private readonly DrivenClock time = new(Harness.Start);
    private readonly FakeMeta fake;

    public MetaPlatformTests()
    {
        fake = new FakeMeta(time);
        fake.AddCampaign("120200000000000001", "Prospecting", 5000);
        fake.AddCampaign("120200000000000002", "Retargeting", 2550, status: "PAUSED");
        fake.AddCampaign("120200000000000003", "Ad-set budgets", null);
        fake.AddCampaign("120200000000000004", "Old", 100, status: "ARCHIVED");
        fake.AddAdSet("230000000000000031", "120200000000000003", 3000);
        fake.AddAdSet("230000000000000032", "120200000000000003", 1000);
        fake.AddAdSet("230000000000000033", "120200000000000003", 9900, status: "PAUSED");
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static CampaignId Id(string value) => new(Platform.MetaAds, value);

    public async ValueTask InitializeAsync() => await fake.StartAsync();

    public ValueTask DisposeAsync() => fake.DisposeAsync();

    [Fact]
    public async Task GetCampaigns_CentStringsAcrossPages_BecomeMoney()
    {
        var campaigns = await Harness.Meta(fake, time).GetCampaignsAsync(Ct);

        Assert.Equal(["120200000000000001", "120200000000000002", "120200000000000003"], campaigns.Select(c => c.Id.Value));
        Assert.Equal(50m, campaigns[0].DailyBudget);
        Assert.Equal(25.50m, campaigns[1].DailyBudget);
        Assert.Equal(CampaignStatus.Paused, campaigns[1].Status);
        Assert.Equal(new DateTimeOffset(2025, 1, 1, 8, 0, 0, TimeSpan.Zero), campaigns[0].StartedAt);
        Assert.Contains(fake.Requests, r => r.Query.Contains("after=2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetMetrics_HourlyBreakdownAcrossPages_CountsOneConversionTypeOnly()
    {
        fake.AddHour("120200000000000001", Day, 9, "12.34");
        fake.AddHour("120200000000000001", Day, 10, "5339.5", purchases: "41", value: "6120.75");
        fake.AddHour("120200000000000002", Day, 11, "0.99");

        var batch = await Harness.Meta(fake, time).GetMetricsAsync(Harness.Start.AddHours(-3), Harness.Start, Ct);

        Assert.Empty(batch.Rejected);
        Assert.Equal(3, batch.Samples.Count);
        var big = batch.Samples[1];
        Assert.Equal(new DateTimeOffset(2025, 1, 2, 10, 0, 0, TimeSpan.Zero), big.Hour);
        Assert.Equal(5339.5m, big.Spend);
        Assert.Equal(41m, big.Conversions);
        Assert.Equal(6120.75m, big.ConversionValue);
    }

    [Fact]
    public async Task GetMetrics_BadRows_AreRefusedWithReasonsAndTheRestGoesThrough()
    {
        fake.AddHour("120200000000000001", Day, 9, "12.34");
        fake.AddHour("120200000000000001", Day, 9, "99.00");
        fake.AddHour("120200000000000002", Day, 9, "-1.00");
        fake.AddHour("120200000000000002", Day, 10, "NaN");
        fake.Insights.Add(new("2025-01-02", """{"campaign_id":"120200000000000003","impressions":"5","account_currency":"USD","date_start":"2025-01-02","hourly_stats_aggregated_by_advertiser_time_zone":"10:00:00 - 10:59:59"}"""));
        fake.Currency = "QQQ";
        fake.AddHour("120200000000000003", Day, 11, "1.00");

        var batch = await Harness.Meta(fake, time).GetMetricsAsync(Harness.Start.AddHours(-3), Harness.Start, Ct);

        Assert.Equal(12.34m, Assert.Single(batch.Samples).Spend);
        Assert.Equal(5, batch.Rejected.Count);
        Assert.Contains(batch.Rejected, r => r.Reason.Contains("duplicate", StringComparison.Ordinal));
        Assert.Contains(batch.Rejected, r => r.Reason.Contains("negative spend", StringComparison.Ordinal));
        Assert.Contains(batch.Rejected, r => r.Reason.Contains("'NaN' is not a number", StringComparison.Ordinal));
        Assert.Contains(batch.Rejected, r => r.Reason.Contains("missing field: spend", StringComparison.Ordinal));
        Assert.Contains(batch.Rejected, r => r.Reason.Contains("unknown currency 'QQQ'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Apply_Budget_PostsAbsoluteCentsAndReadsBack()
    {
        var after = await Harness.Meta(fake, time).ApplyAsync(new CampaignChange(Id("120200000000000001"), null, 75m), "ws/m1", Ct);

        Assert.Equal(75m, after.DailyBudget);
        var write = Assert.Single(fake.Requests, r => r.Method == "POST");
        Assert.Contains("daily_budget=7500", write.Body, StringComparison.Ordinal);
        Assert.Equal(1, fake.AppliedCount("120200000000000001", "7500"));
    }

    [Fact]
    public async Task Apply_Resume_PostsStatus()
    {
        var after = await Harness.Meta(fake, time).ApplyAsync(new CampaignChange(Id("120200000000000002"), CampaignStatus.Active, null), "ws/m2", Ct);

        Assert.Equal(CampaignStatus.Active, after.Status);
        Assert.Equal(1, fake.AppliedCount("120200000000000002", "ACTIVE"));
    }

    [Fact]
    public async Task GetCampaigns_BudgetOnAdSets_IsTheSumOfTheActiveAdSetsMarkedAsSuch()
    {
        var platform = Harness.Meta(fake, time);

        var campaigns = await platform.GetCampaignsAsync(Ct);
        var one = await platform.GetCampaignAsync(Id("120200000000000003"), Ct);

        var adSetLevel = campaigns.Single(c => c.Id.Value == "120200000000000003");
        Assert.Equal(40m, adSetLevel.DailyBudget);
        Assert.True(adSetLevel.BudgetOnAdSets);
        Assert.False(campaigns[0].BudgetOnAdSets);
        Assert.Equal(adSetLevel, one);
        Assert.Contains(fake.Requests, r => r.Path.EndsWith("act_123/adsets", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Apply_BudgetOnAdSets_IsSpreadInProportionOverTheActiveAdSetsAndReadBack()
    {
        var platform = Harness.Meta(fake, time);

        var after = await platform.ApplyAsync(new CampaignChange(Id("120200000000000003"), null, 75.01m), "ws/m3", Ct);
        var again = await platform.ApplyAsync(new CampaignChange(Id("120200000000000003"), null, 75.01m), "ws/m3", Ct);

        // 3:1 of 7501 cents: 5625.75 → 5625 (+1 remainder to the largest) and 1875.25 → 1875; the paused ad set is untouched.
        Assert.Equal(1, fake.AppliedCount("230000000000000031", "5626"));
        Assert.Equal(1, fake.AppliedCount("230000000000000032", "1875"));
        Assert.Equal(9900, fake.AdSets["230000000000000033"].DailyBudget);
        Assert.Equal(2, fake.TotalApplied);
        Assert.Equal(75.01m, after.DailyBudget);
        Assert.True(after.BudgetOnAdSets);
        Assert.Equal(after, again);
    }

    [Fact]
    public async Task Apply_BudgetOnAdSets_DecreasesAreWrittenBeforeIncreases()
    {
        fake.AddAdSet("230000000000000034", "120200000000000003", 0, lifetimeBudgetCents: null, status: "DELETED");
        var platform = Harness.Meta(fake, time);

        await platform.ApplyAsync(new CampaignChange(Id("120200000000000003"), null, 20m), "ws/m4", Ct);

        var posts = fake.Requests.Where(r => r.Method == "POST").Select(r => r.Path.Split('/')[^1]).ToList();
        Assert.Equal(["230000000000000031", "230000000000000032"], posts);
        Assert.Equal(1500, fake.AdSets["230000000000000031"].DailyBudget);
        Assert.Equal(500, fake.AdSets["230000000000000032"].DailyBudget);
    }

    [Fact]
    public async Task Apply_AdSetsWithLifetimeBudgets_IsRefusedWithoutAWrite()
    {
        fake.AddCampaign("120200000000000005", "Lifetime ad sets", null);
        fake.AddAdSet("230000000000000051", "120200000000000005", 2000);
        fake.AddAdSet("230000000000000052", "120200000000000005", null, lifetimeBudgetCents: 100_000);

        var ex = await Assert.ThrowsAsync<PlatformException>(() => Harness.Meta(fake, time).ApplyAsync(new CampaignChange(Id("120200000000000005"), null, 75m), "ws/m5", Ct));

        Assert.Contains("ad set 230000000000000052 has a lifetime budget", ex.Message, StringComparison.Ordinal);
        Assert.False(ex.Transient);
        Assert.Equal(0, fake.TotalApplied);
    }

    [Fact]
    public async Task Apply_NoActiveAdSet_IsRefusedWithoutAWrite()
    {
        fake.AddCampaign("120200000000000006", "All ad sets paused", null);
        fake.AddAdSet("230000000000000061", "120200000000000006", 2000, status: "PAUSED");

        var ex = await Assert.ThrowsAsync<PlatformException>(() => Harness.Meta(fake, time).ApplyAsync(new CampaignChange(Id("120200000000000006"), null, 75m), "ws/m6", Ct));

        Assert.Contains("no active ad set", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, fake.TotalApplied);
    }

    [Fact]
    public async Task Apply_AdSetWriteFailsMidway_SaysWhatWasWrittenAndARerunFinishesIt()
    {
        var platform = Harness.Meta(fake, time);
        fake.Enqueue(Fault.PartialFailure, "230000000000000032");

        var ex = await Assert.ThrowsAsync<PlatformException>(() => platform.ApplyAsync(new CampaignChange(Id("120200000000000003"), null, 20m), "ws/m7", Ct));
        var after = await platform.ApplyAsync(new CampaignChange(Id("120200000000000003"), null, 20m), "ws/m7", Ct);

        Assert.Contains("1 of 2 ad-set budgets were changed (230000000000000031=1500)", ex.Message, StringComparison.Ordinal);
        Assert.False(ex.Transient);

        // The rerun scales the mixed state (1500 + 1000) to 2000: the total is right, the 3:1 split drifts to 3:2.
        Assert.Equal(20m, after.DailyBudget);
        Assert.Equal([1200L, 800L], new[] { fake.AdSets["230000000000000031"].DailyBudget ?? 0, fake.AdSets["230000000000000032"].DailyBudget ?? 0 });
    }

    [Fact]
    public async Task Throttle_80004_IsRetriedAfterTheBucWait()
    {
        var platform = Harness.Meta(fake, time);
        await platform.GetCampaignsAsync(Ct);
        var before = fake.Requests.Count;
        fake.Enqueue(Fault.Throttle);

        await Harness.DriveAsync(platform.GetCampaignsAsync(Ct), time, fake);

        var tries = fake.Requests.Skip(before).ToList();
        Assert.True(tries[1].At - tries[0].At >= TimeSpan.FromMinutes(1), $"retried after {tries[1].At - tries[0].At}");
    }

    [Fact]
    public async Task LongBucWait_IsNotRetriedAndIsReadable()
    {
        fake.Enqueue(Fault.LongQuota);

        var ex = await Assert.ThrowsAsync<PlatformException>(() => Harness.Meta(fake, time).GetCampaignsAsync(Ct));

        Assert.False(ex.Transient);
        Assert.Contains("10 h 0 min", ex.Message, StringComparison.Ordinal);
        Assert.Contains("80004", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadToken_IsAReadableNonTransientError()
    {
        var ex = await Assert.ThrowsAsync<PlatformException>(() => Harness.Meta(fake, time, token: "expired").GetCampaignsAsync(Ct));

        Assert.False(ex.Transient);
        Assert.Contains("access token expired or was revoked", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LostReply_WithTheExecutor_IsAppliedOnceAndAuditedAsOneSuccess()
    {
        var store = new InMemoryStore();
        var executor = new Executor(store, store, new Dictionary<Platform, IAdPlatform> { [Platform.MetaAds] = Harness.Meta(fake, time) }, time);
        var action = new ProposedAction("m-1", Id("120200000000000001"), "Prospecting", ActionType.ReduceBudget,
            new CurrentState(50m, 0m, 0m, null, Core.Analysis.TrendDirection.Stable), 40m, "", "cut a loser", 0.9, RiskLevel.Low, new EstimatedImpact(0m, 0m, 0m), Urgency.Critical, "test");
        fake.Enqueue(Fault.LostReply, "/120200000000000001");
        fake.Enqueue(Fault.None);

        var result = await Harness.DriveAsync(executor.ExecuteAsync("ws", action, 10m, "test", Ct), time, fake);

        Assert.Equal(OutcomeStatus.Succeeded, result.Status);
        Assert.Equal(1, fake.AppliedCount("120200000000000001", "4000"));
        Assert.Single(store.AuditEntries, e => e.Kind == AuditKind.Outcome && e.Outcome == OutcomeStatus.Succeeded);
    }
}
