using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Memory;
using BudgetPilot.Platforms.Resilience;
using BudgetPilot.Platforms.Tests.Fakes;

namespace BudgetPilot.Platforms.Tests;

/// <summary>Faults injected by the fake against the real pipeline, with all waiting done on the fake clock.</summary>
public sealed class GoogleResilienceTests : IAsyncLifetime
{
    private readonly DrivenClock time = new(Harness.Start);
    private readonly FakeGoogleAds fake;

    public GoogleResilienceTests()
    {
        fake = new FakeGoogleAds(time);
        fake.AddCampaign("111", "Brand", 50m);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await fake.StartAsync();

    public ValueTask DisposeAsync() => fake.DisposeAsync();

    [Fact]
    public async Task Throttle_WithRetryDelay_IsRetriedAfterTheHintedDelay()
    {
        var platform = Harness.Google(fake, time);
        await platform.GetCampaignsAsync(Ct);
        fake.Enqueue(Fault.Throttle, "searchStream");

        var campaigns = await Harness.DriveAsync(platform.GetCampaignsAsync(Ct), time, fake);

        Assert.Single(campaigns);
        var tries = fake.Requests.Skip(2).ToList();
        Assert.Equal(2, tries.Count);
        Assert.True(tries[1].At - tries[0].At >= TimeSpan.FromSeconds(30), $"retried after {tries[1].At - tries[0].At}");
    }

    [Fact]
    public async Task LongQuotaWait_IsNotRetriedAndBecomesAReadableNonTransientError()
    {
        fake.Enqueue(Fault.LongQuota);

        var ex = await Assert.ThrowsAsync<PlatformException>(() => Harness.Google(fake, time).GetCampaignsAsync(Ct));

        Assert.False(ex.Transient);
        Assert.Contains("quota exhausted", ex.Message, StringComparison.Ordinal);
        Assert.Contains("11 h 6 min (40000 s)", ex.Message, StringComparison.Ordinal);
        Assert.Single(fake.Requests);
    }

    [Fact]
    public async Task ServerError_IsRetriedWithBackoff()
    {
        fake.Enqueue(Fault.ServerError);
        fake.Enqueue(Fault.ServerError);

        var campaigns = await Harness.DriveAsync(Harness.Google(fake, time).GetCampaignsAsync(Ct), time, fake);

        Assert.Single(campaigns);
        Assert.Equal(4, fake.Requests.Count);
    }

    [Fact]
    public async Task HangingCall_TimesOutPerAttemptAndIsRetried()
    {
        var settings = new ResilienceSettings { AttemptTimeout = TimeSpan.FromSeconds(20), TotalTimeout = TimeSpan.FromHours(1), BreakerMinimumThroughput = 1000 };
        fake.Enqueue(Fault.Hang);

        var campaigns = await Harness.DriveAsync(Harness.Google(fake, time, settings).GetCampaignsAsync(Ct), time, fake);

        Assert.Single(campaigns);
    }

    [Fact]
    public async Task MalformedJson_IsAReadablePlatformExceptionAndNeverAnAction()
    {
        for (var i = 0; i < 4; i++)
        {
            fake.Enqueue(Fault.Malformed, "searchStream");
        }

        var ex = await Assert.ThrowsAsync<PlatformException>(() => Harness.DriveAsync(
            Harness.Google(fake, time).ApplyAsync(new CampaignChange(new CampaignId(Platform.GoogleAds, "111"), null, 70m), "k", Ct), time, fake));

        Assert.Contains("not valid JSON", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, fake.TotalApplied);
    }

    [Fact]
    public async Task MalformedJson_OnceOnARead_IsRetried()
    {
        fake.Enqueue(Fault.Malformed, "searchStream");

        var campaigns = await Harness.DriveAsync(Harness.Google(fake, time).GetCampaignsAsync(Ct), time, fake);

        Assert.Single(campaigns);
        Assert.Equal(3, fake.Requests.Count);
    }

    [Fact]
    public async Task Breaker_AfterRepeatedFailures_StopsCallingThePlatform()
    {
        var settings = new ResilienceSettings { MaxRetries = 0, BreakerMinimumThroughput = 2, BreakerFailureRatio = 0.5, AttemptTimeout = TimeSpan.FromMinutes(10) };
        var platform = Harness.Google(fake, time, settings);
        fake.Enqueue(Fault.ServerError);
        fake.Enqueue(Fault.ServerError);
        await Assert.ThrowsAsync<PlatformException>(() => platform.GetCampaignsAsync(Ct));
        await Assert.ThrowsAsync<PlatformException>(() => platform.GetCampaignsAsync(Ct));

        var ex = await Assert.ThrowsAsync<PlatformException>(() => platform.GetCampaignsAsync(Ct));

        Assert.Contains("circuit open", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, fake.Requests.Count);
    }

    [Fact]
    public async Task LostReply_WithTheExecutor_IsAppliedOnceAndAuditedAsOneSuccess()
    {
        var store = new InMemoryStore();
        var platform = Harness.Google(fake, time);
        var executor = new Executor(store, store, new Dictionary<Platform, IAdPlatform> { [Platform.GoogleAds] = platform }, time);
        var action = new ProposedAction("act-1", new CampaignId(Platform.GoogleAds, "111"), "Brand", ActionType.IncreaseBudget,
            new CurrentState(50m, 0m, 0m, null, Core.Analysis.TrendDirection.Stable), 60m, "", "scale a winner", 0.9, RiskLevel.Low, new EstimatedImpact(0m, 0m, 0m), Urgency.Critical, "test");
        fake.Enqueue(Fault.LostReply, "campaignBudgets:mutate");

        var first = await Harness.DriveAsync(executor.ExecuteAsync("ws", action, 10m, "test", Ct), time, fake);
        var replay = await executor.ExecuteAsync("ws", action, 10m, "test", Ct);

        Assert.Equal(OutcomeStatus.Succeeded, first.Status);
        Assert.Contains("although the reply failed", first.Detail, StringComparison.Ordinal);
        Assert.Equal(1, fake.AppliedCount("customers/1234567890/campaignBudgets/9111", "60000000"));
        Assert.Equal(1, fake.TotalApplied);
        Assert.Single(store.AuditEntries, e => e.Kind == AuditKind.Outcome && e.Outcome == OutcomeStatus.Succeeded);
        Assert.Contains("not sent again", replay.Detail, StringComparison.Ordinal);
    }
}
