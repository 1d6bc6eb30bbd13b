using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Memory;
using BudgetPilot.Platforms.Tests.Fakes;

namespace BudgetPilot.Platforms.Tests;

public sealed class LinkedInPlatformTests : IAsyncLifetime
{
    private readonly DrivenClock time = new(Harness.Start);
    private readonly FakeLinkedIn fake;

    public LinkedInPlatformTests()
    {
        fake = new FakeLinkedIn(time);
        fake.AddCampaign(123, "ABM", "50.00");
        fake.AddCampaign(124, "Retarget", "20.00", status: "PAUSED");
        fake.AddCampaign(125, "Brand", "35.50");
        fake.AddCampaign(126, "Old", "10.00", status: "ARCHIVED");
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static CampaignId Id(string value) => new(Platform.LinkedInAds, value);

    public async ValueTask InitializeAsync() => await fake.StartAsync();

    public ValueTask DisposeAsync() => fake.DisposeAsync();

    [Fact]
    public async Task GetCampaigns_SearchWithPageTokens_ReadsDecimalStringBudgets()
    {
        var campaigns = await Harness.LinkedIn(fake, time).GetCampaignsAsync(Ct);

        Assert.Equal(["123", "124", "125"], campaigns.Select(c => c.Id.Value));
        Assert.Equal(35.50m, campaigns[2].DailyBudget);
        Assert.Contains(fake.Requests, r => r.Query.Contains("pageToken=2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetMetrics_DailyAnalytics_AreOneSampleAtTheDayStartAndBadRowsRefused()
    {
        fake.AddDay(123, new DateOnly(2025, 1, 2), "52.123456");
        fake.AddDay(125, new DateOnly(2025, 1, 2), "-1");

        var batch = await Harness.LinkedIn(fake, time).GetMetricsAsync(Harness.Start.AddHours(-3), Harness.Start, Ct);

        var sample = Assert.Single(batch.Samples);
        Assert.Equal(52.123456m, sample.Spend);
        Assert.Equal(new DateTimeOffset(2025, 1, 2, 0, 0, 0, TimeSpan.Zero), sample.Hour);
        Assert.Contains("negative spend", Assert.Single(batch.Rejected).Reason, StringComparison.Ordinal);
        Assert.Contains(fake.Requests, r => r.Query.Contains("dateRange=(start:(year:2025,month:1,day:2)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Apply_PartialUpdate_SetsAbsoluteBudgetWithCurrencyAndReadsBack()
    {
        var after = await Harness.LinkedIn(fake, time).ApplyAsync(new CampaignChange(Id("123"), CampaignStatus.Paused, 75m), "k", Ct);

        Assert.Equal(75m, after.DailyBudget);
        Assert.Equal(CampaignStatus.Paused, after.Status);
        var write = Assert.Single(fake.Requests, r => r.Method == "POST");
        Assert.Contains("\"$set\":{\"dailyBudget\":{\"amount\":\"75.00\",\"currencyCode\":\"USD\"},\"status\":\"PAUSED\"}", write.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Throttle429_IsRetriedAfterAMinute()
    {
        var platform = Harness.LinkedIn(fake, time);
        fake.Enqueue(Fault.Throttle);

        await Harness.DriveAsync(platform.GetCampaignsAsync(Ct), time, fake);

        Assert.True(fake.Requests[1].At - fake.Requests[0].At >= TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task LostReply_WithTheExecutor_IsAppliedOnce()
    {
        var store = new InMemoryStore();
        var executor = new Executor(store, store, new Dictionary<Platform, IAdPlatform> { [Platform.LinkedInAds] = Harness.LinkedIn(fake, time) }, time);
        var action = new ProposedAction("l-1", Id("125"), "Brand", ActionType.ReduceBudget,
            new CurrentState(35.5m, 0m, 0m, null, Core.Analysis.TrendDirection.Stable), 30m, "", "cut", 0.9, RiskLevel.Low, new EstimatedImpact(0m, 0m, 0m), Urgency.Critical, "test");
        fake.Enqueue(Fault.LostReply, "/adCampaigns/125");
        fake.Enqueue(Fault.None);

        var result = await Harness.DriveAsync(executor.ExecuteAsync("ws", action, 5m, "test", Ct), time, fake);

        Assert.Equal(OutcomeStatus.Succeeded, result.Status);
        Assert.Equal(1, fake.AppliedCount(125, "30.00"));
    }
}
