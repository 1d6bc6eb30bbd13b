using BudgetPilot.Core.Allocation;
using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Memory;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetPilot.Core.Tests.Allocation;

public sealed class AllocatorStateTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static List<CampaignAnalysis> Market()
    {
        var random = new Random(9);
        return
        [
            Markets.Analysis("strong", Platform.TikTokAds, 1500m, Markets.Days(new HillCurve(0.8, 4000, 16000), Markets.Wandering(1500, 7, random), random, noise: 0.02)),
            Markets.Analysis("weak", Platform.GoogleAds, 2500m, Markets.Days(new HillCurve(0.8, 500, 3500), Markets.Wandering(2500, 7, random), random, noise: 0.02)),
            Markets.Analysis("fair", Platform.GoogleAds, 2000m, Markets.Days(new HillCurve(0.9, 2000, 7000), Markets.Wandering(2000, 7, random), random, noise: 0.02)),
        ];
    }

    [Property(MaxTest = 200)]
    public Property MaturityStatistics_SurviveTheirTextForm_BitForBit() => Prop.ForAll(
        Arb.From(Gen.ArrayOf(ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => Math.Abs(f.Get)), MaturityStatistics.Length)),
        Arb.From(ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => Math.Abs(f.Get))),
        (sums, pseudo) =>
        {
            var statistics = new MaturityStatistics(sums, [.. sums.Reverse()], pseudo);

            var parsed = MaturityStatistics.TryParse(statistics.Format(), out var back, out var error);

            return (parsed && back.Equals(statistics)).Label($"{statistics.Format()} → {error}");
        });

    [Fact]
    public void ConversionMaturity_RestoredFromItsStatistics_LearnsOnExactlyAsTheOriginal()
    {
        var original = new ConversionMaturity();
        original.Learn([-1, 40, 61, 77, 88, 93, 97, 100], 100);
        original.Learn([-1, 0.3, 0.7, -1, 0.9, 1.0, 1.1, 1.1], 1.1);

        var restored = ConversionMaturity.From(original.Statistics);
        original.Learn([-1, 12, 18, 21, 25, 27, 29, 30], 30);
        restored.Learn([-1, 12, 18, 21, 25, 27, 29, 30], 30);

        Assert.Equal(original.Statistics, restored.Statistics);
        Assert.Equal(Enumerable.Range(0, 8).Select(original.Completeness), Enumerable.Range(0, 8).Select(restored.Completeness));
        Assert.NotEqual(new ConversionMaturity().Completeness(1), restored.Completeness(1));
    }

    [Theory]
    [InlineData(double.NaN, 10, -1, "spend NaN")]
    [InlineData(5, double.PositiveInfinity, -1, "value Infinity")]
    [InlineData(5, 10, -2, "value at age 3 is -2")]
    public void Problem_NamesTheCampaignTheDayAndTheNumber(double spend, double value, double atAge3, string expected)
    {
        var day = new AllocatorDay(new CampaignId(Platform.MetaAds, "9"), new DateOnly(2026, 3, 1), spend, value, 2, [1, 2, atAge3, 4, 5, 6, 7], false);

        var problem = new AllocatorState(null, MaturityStatistics.Prior, [day]).Problem();

        Assert.StartsWith("meta_ads:9 on 2026-03-01: ", problem, StringComparison.Ordinal);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
        Assert.Null(new AllocatorState(null, MaturityStatistics.Prior, [day with { Spend = 5, Value = 10, ValueAtAge = [1, 2, -1, 4, 5, 6, 7] }]).Problem());
    }

    [Fact]
    public async Task ABadStoredDay_NeverReachesACurve_TheAllocatorDecidesAsWithNoMemoryAndReplacesIt()
    {
        var ctx = Markets.Context(Market(), workspace: Markets.Workspace with { TotalDailyBudget = 6000m });
        var store = new InMemoryAllocatorStateStore();

        // A month of "strong" spending a fortune for nothing: were it read, the allocator would cut it.
        var poison = Enumerable.Range(8, 20).Select(age => new AllocatorDay(
            ctx.Analyses[0].Campaign.Id, Markets.Today.AddDays(-age), 50_000, 0, 0, [0, 0, 0, 0, 0, 0, 0], true)).ToList();
        poison[^1] = poison[^1] with { Spend = double.NaN };
        await store.SaveAsync(ctx.Workspace.Id, new AllocatorStateChanges(Markets.Today.AddDays(-1), MaturityStatistics.Prior, poison, Markets.Today.AddDays(-28), false, Markets.Now), Token);

        var report = await new ResponseCurveAllocator(state: store).DecideAsync(ctx, Token);
        var fresh = await new ResponseCurveAllocator().DecideAsync(ctx, Token);

        Assert.NotEmpty(fresh.ImmediateActions);
        Assert.Equal(fresh.ImmediateActions, report.ImmediateActions);
        Assert.Contains(report.RisksAndCaveats, c => c.Contains("could not be used (tiktok_ads:strong on ", StringComparison.Ordinal));
        var after = await store.LoadAsync(ctx.Workspace.Id, Token);
        Assert.Null(after!.Problem());
        Assert.DoesNotContain(after.Days, d => d.Spend == 50_000);
        Assert.Equal(Markets.Today, after.LastDecided);
    }

    [Fact]
    public async Task TheSameDayTwice_IsDecidedOnce_EvenByAnotherInstanceOverTheSameStore()
    {
        var ctx = Markets.Context(Market(), workspace: Markets.Workspace with { TotalDailyBudget = 6000m });
        var store = new InMemoryAllocatorStateStore();

        var first = await new ResponseCurveAllocator(state: store).DecideAsync(ctx, Token);
        var second = await new ResponseCurveAllocator(state: store).DecideAsync(ctx, Token);

        Assert.NotEmpty(first.ImmediateActions);
        Assert.Empty(second.ImmediateActions);
    }
}
