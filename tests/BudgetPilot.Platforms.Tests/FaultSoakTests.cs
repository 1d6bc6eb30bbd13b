using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Memory;
using BudgetPilot.Platforms.Tests.Fakes;

namespace BudgetPilot.Platforms.Tests;

/// <summary>
/// A third of all calls fail (5xx, throttles, malformed JSON, lost replies, latency): every action still ends
/// with one outcome in the audit log, none is applied twice, and a success always means the platform has it.
/// </summary>
public sealed class FaultSoakTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Fault[] Faults = [Fault.ServerError, Fault.Throttle, Fault.Malformed, Fault.LostReply, Fault.Latency];

    [Fact]
    public async Task Google_AThirdOfCallsFailing_NoActionTwiceNoneLost()
    {
        var time = new DrivenClock(Harness.Start);
        await using var fake = new FakeGoogleAds(time);
        for (var i = 0; i < 20; i++)
        {
            fake.AddCampaign($"{200 + i}", $"C{i}", 100m);
        }

        await fake.StartAsync();
        var platform = Harness.Google(fake, time);
        fake.RandomFaults = Faults;
        fake.RandomFaultRate = 1.0 / 3;
        var results = await RunAsync(platform, Platform.GoogleAds, time, fake, i => $"{200 + i}");

        foreach (var (i, result) in results)
        {
            var budget = fake.Budgets[$"9{200 + i}"].AmountMicros;
            var wanted = (long)((110m + i) * 1_000_000m);
            Assert.True(fake.AppliedCount($"customers/1234567890/campaignBudgets/9{200 + i}", wanted.ToString(System.Globalization.CultureInfo.InvariantCulture)) <= 1);
            Assert.Equal(result.Status == OutcomeStatus.Succeeded, budget == wanted);
        }
    }

    [Fact]
    public async Task Meta_AThirdOfCallsFailing_NoActionTwiceNoneLost()
    {
        var time = new DrivenClock(Harness.Start);
        await using var fake = new FakeMeta(time);
        for (var i = 0; i < 20; i++)
        {
            fake.AddCampaign($"{300 + i}", $"C{i}", 10000);
        }

        await fake.StartAsync();
        var platform = Harness.Meta(fake, time);
        fake.RandomFaults = Faults;
        fake.RandomFaultRate = 1.0 / 3;
        var results = await RunAsync(platform, Platform.MetaAds, time, fake, i => $"{300 + i}");

        foreach (var (i, result) in results)
        {
            var wanted = (long)((110m + i) * 100m);
            Assert.True(fake.AppliedCount($"{300 + i}", wanted.ToString(System.Globalization.CultureInfo.InvariantCulture)) <= 1);
            Assert.Equal(result.Status == OutcomeStatus.Succeeded, fake.Campaigns[$"{300 + i}"].DailyBudget == wanted);
        }
    }

    private static async Task<List<(int, ExecutionResult)>> RunAsync(IAdPlatform platform, Platform which, DrivenClock time, FakeApi fake, Func<int, string> id)
    {
        var store = new InMemoryStore();
        var executor = new Executor(store, store, new Dictionary<Platform, IAdPlatform> { [which] = platform }, time);
        var results = new List<(int, ExecutionResult)>();
        for (var i = 0; i < 20; i++)
        {
            var action = new ProposedAction($"soak-{i}", new CampaignId(which, id(i)), $"C{i}", ActionType.IncreaseBudget,
                new CurrentState(100m, 0m, 0m, null, Core.Analysis.TrendDirection.Stable), 110m + i, "", "soak", 0.9, RiskLevel.Low, new EstimatedImpact(0m, 0m, 0m), Urgency.Critical, "test");
            var result = await Harness.DriveAsync(executor.ExecuteAsync("ws", action, 10m, "test", Ct), time, fake);
            var replay = await Harness.DriveAsync(executor.ExecuteAsync("ws", action, 10m, "test", Ct), time, fake);
            Assert.Contains("not sent again", replay.Detail, StringComparison.Ordinal);
            results.Add((i, result));
        }

        Assert.Empty(await store.ListUnfinishedIntentsAsync("ws", Ct));
        Assert.Equal(20, store.AuditEntries.Count(e => e.Kind == AuditKind.Outcome));
        var succeeded = results.Count(r => r.Item2.Status == OutcomeStatus.Succeeded);
        TestContext.Current.SendDiagnosticMessage($"{which}: {succeeded}/20 succeeded, {fake.Requests.Count} calls under a 1/3 fault rate");
        await File.AppendAllTextAsync(Path.Combine(Path.GetTempPath(), "budgetpilot-soak-figures.txt"), $"{which}: {succeeded}/20 succeeded, {fake.Requests.Count} calls under a 1/3 fault rate; failures: {string.Join(" | ", results.Where(r => r.Item2.Status != OutcomeStatus.Succeeded).Select(r => r.Item2.Detail).Take(3))}{Environment.NewLine}");
        return results;
    }
}
