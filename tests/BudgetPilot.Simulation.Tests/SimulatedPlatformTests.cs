using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Execution;

namespace BudgetPilot.Simulation.Tests;

public sealed class SimulatedPlatformTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ApplyAsync_RepeatedKey_AppliesOnce()
    {
        var market = Markets.Create(1, Scenario.Stationary);
        var campaign = market.Campaign(0);
        var platform = new SimulatedPlatform(market, campaign.Id.Platform);
        var raise = new CampaignChange(campaign.Id, null, campaign.DailyBudget + 10m);

        await platform.ApplyAsync(raise, "k1", None);
        await platform.ApplyAsync(raise with { DailyBudget = campaign.DailyBudget + 99m }, "k1", None);

        Assert.Equal(1, platform.AppliedCount("k1"));
        Assert.Equal(campaign.DailyBudget + 10m, market.Campaign(0).DailyBudget);
        Assert.Single(market.Changes, c => c.Source == ChangeSource.Policy);
    }

    [Fact]
    public async Task ApplyAsync_ReplyLost_RetryWithSameKeyReturnsReadBackWithoutReapplying()
    {
        var market = Markets.Create(1, Scenario.Stationary);
        var campaign = market.Campaign(0);
        var platform = new SimulatedPlatform(market, campaign.Id.Platform)
        {
            FailAfterApply = (_, _) => new PlatformException(campaign.Id.Platform, "timeout", transient: true),
        };
        var cut = new CampaignChange(campaign.Id, null, campaign.DailyBudget - 5m);

        await Assert.ThrowsAsync<PlatformException>(() => platform.ApplyAsync(cut, "k", None));
        platform.FailAfterApply = null;
        var readBack = await platform.ApplyAsync(cut, "k", None);

        Assert.Equal(campaign.DailyBudget - 5m, readBack.DailyBudget);
        Assert.Equal(1, platform.AppliedCount("k"));
    }

    [Fact]
    public async Task ApplyAsync_FailBeforeApply_NothingApplied()
    {
        var market = Markets.Create(1, Scenario.Stationary);
        var campaign = market.Campaign(0);
        var platform = new SimulatedPlatform(market, campaign.Id.Platform)
        {
            FailBeforeApply = (_, _) => new PlatformException(campaign.Id.Platform, "503", transient: true),
        };

        await Assert.ThrowsAsync<PlatformException>(() => platform.ApplyAsync(new CampaignChange(campaign.Id, CampaignStatus.Paused, null), "k", None));

        Assert.Equal(0, platform.AppliedCount("k"));
        Assert.True(market.Campaign(0).IsActive);
    }

    [Fact]
    public async Task ApplyAsync_NewCampaignName_CreatesCampaignThatDelivers()
    {
        var market = Markets.Create(1, Scenario.Stationary);
        var platform = new SimulatedPlatform(market, Platform.MetaAds);
        var id = new CampaignId(Platform.MetaAds, "new-1");

        var created = await platform.ApplyAsync(new CampaignChange(id, CampaignStatus.Active, 50m) { NewCampaignName = "Meta – Spring Test" }, "create", None);
        market.AdvanceDays(1);

        Assert.Equal("Meta – Spring Test", created.Name);
        Assert.Contains(await platform.GetCampaignsAsync(None), c => c.Id == id);
        var batch = await platform.GetMetricsAsync(market.Now.AddDays(-1), market.Now, None);
        Assert.InRange(batch.Samples.Where(s => s.CampaignId == id).Sum(s => s.Spend), 49.95m, 50.05m);
    }

    [Fact]
    public async Task GetMetricsAsync_OnlyOwnPlatformHourlyAndClosedHours()
    {
        var market = Markets.Create(1, Scenario.Stationary);
        var platform = new SimulatedPlatform(market, Platform.GoogleAds);

        var batch = await platform.GetMetricsAsync(market.Now.AddDays(-1), market.Now.AddDays(1), None);

        Assert.NotEmpty(batch.Samples);
        Assert.All(batch.Samples, s => Assert.Equal(Platform.GoogleAds, s.CampaignId.Platform));
        Assert.All(batch.Samples, s => Assert.True(s.Hour < market.Now && s.Hour.Minute == 0));
        Assert.Null(await platform.GetCampaignAsync(new CampaignId(Platform.GoogleAds, "nope"), None));
        Assert.Equal(market.Now, market.Clock.GetUtcNow());
    }
}
