using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Memory;
using BudgetPilot.Platforms.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace BudgetPilot.Platforms.Tests;

public sealed class TikTokPlatformTests : IAsyncLifetime
{
    private static readonly DateOnly Day = new(2025, 1, 2);
    private readonly FakeTimeProvider time = new(Harness.Start);
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
        Assert.All(fake.Requests, r => Assert.Contains("advertiser_id=7000000000000000001", r.Query, StringComparison.Ordinal));
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
}
