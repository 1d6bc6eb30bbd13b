using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Rules;
using BudgetPilot.Core.Tests.Support;

namespace BudgetPilot.Core.Tests.Rules;

/// <summary>
/// The reallocation, through the engine: the workspace total equals the campaigns' budgets, so an
/// increase can only be paid for by an underperformer below the 2.0 ROAS target.
/// </summary>
public sealed class FundingTests
{
    private static readonly SeedRulesEngine Engine = new();

    private static CampaignAnalysis Campaign(string id, Platform platform, decimal budget, Day day) =>
        CampaignHistory.Of(14, day).As(id, platform, budget).Analyze();

    private static DecisionContext FullyAllocated(params CampaignAnalysis[] analyses) =>
        Contexts.For(Workspaces.Utc with { TotalDailyBudget = analyses.Sum(a => a.Campaign.DailyBudget) }, analyses);

    private static decimal NewTotal(DecisionContext ctx, DecisionReport report) => ctx.Analyses.Sum(a =>
        report.ImmediateActions.SingleOrDefault(x => x.Campaign == a.Campaign.Id) is { } action
            ? action.NewBudget ?? 0m
            : a.Campaign.DailyBudget);

    private static CampaignAnalysis Winner(string id = "winner", Platform platform = Platform.GoogleAds, decimal budget = 1_000m, decimal roas = 4.5m) =>
        Campaign(id, platform, budget, new Day(Roas: roas));

    private static CampaignAnalysis Donor(string id = "donor", Platform platform = Platform.MetaAds, decimal budget = 1_000m, decimal roas = 1.8m, decimal spend = 240m) =>
        Campaign(id, platform, budget, new Day(Roas: roas, Spend: spend));

    [Fact]
    public void Decide_IncreaseTheReserveCannotFund_MovesBudgetFromTheUnderperformerWithTotalConstant()
    {
        var ctx = FullyAllocated(Winner(), Donor());

        var report = Engine.Decide(ctx);

        Assert.Equal(2, report.ImmediateActions.Count);
        Assert.All(report.ImmediateActions, a => Assert.Equal(ActionType.Reallocate, a.Type));
        Assert.Single(report.ImmediateActions.Select(a => a.GroupId).Distinct());
        Assert.Equal(1_200m, report.ImmediateActions.Single(a => a.Campaign.Value == "winner").NewBudget);
        Assert.Equal(800m, report.ImmediateActions.Single(a => a.Campaign.Value == "donor").NewBudget);
        Assert.Equal(ctx.Workspace.TotalDailyBudget, NewTotal(ctx, report));
        var r = report.BudgetReallocation;
        Assert.Equal(200m, r.TotalMoved);
        Assert.Equal([new BudgetMove(new CampaignId(Platform.MetaAds, "donor"), 200m)], r.From);
        Assert.Equal([new BudgetMove(new CampaignId(Platform.GoogleAds, "winner"), 200m)], r.To);
        Assert.All(report.ImmediateActions, a =>
        {
            Assert.True(a.Confidence > 0.85);
            Assert.Contains("1.80", a.Reasoning, StringComparison.Ordinal);
            Assert.Contains("4.50", a.Reasoning, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Decide_UnderperformerAtTheRoasTarget_IsNotADonor()
    {
        var report = Engine.Decide(FullyAllocated(Winner(), Donor(roas: 2.0m)));

        Assert.Empty(report.ImmediateActions);
        Assert.Equal(BudgetReallocation.None, report.BudgetReallocation);
    }

    [Fact]
    public void Decide_DonorCapacityForOneWinner_FundsThePlatformWithTheHighestRoasFirst()
    {
        // Meta's own winner has the higher ROAS (4.8 vs 4.4), but Meta as a platform returns 1.89
        // because of its big donor, while Google returns 4.4: Google's winner is funded first.
        var ctx = FullyAllocated(
            Winner("google-winner", Platform.GoogleAds, 2_000m, roas: 4.4m),
            Winner("meta-winner", Platform.MetaAds, 2_000m, roas: 4.8m),
            Donor("meta-donor", Platform.MetaAds, 2_500m, roas: 1.6m, spend: 2_400m)) with
        { ReallocationRoomToday = 450m };

        var report = Engine.Decide(ctx);

        var to = Assert.Single(report.BudgetReallocation.To);
        Assert.Equal(("google-winner", 400m), (to.Campaign.Value, to.Amount));
        Assert.Equal(ctx.Workspace.TotalDailyBudget, NewTotal(ctx, report));
    }

    [Fact]
    public void Decide_LittleReallocationRoomLeftToday_MovesNoMoreThanTheRoom()
    {
        var ctx = FullyAllocated(Winner(), Donor()) with { ReallocationRoomToday = 100m };

        var report = Engine.Decide(ctx);

        Assert.Equal(100m, report.BudgetReallocation.TotalMoved);
        Assert.Equal(ctx.Workspace.TotalDailyBudget, NewTotal(ctx, report));
    }

    [Fact]
    public void Decide_FractionalRoom_MovesWholeCentsAndKeepsTheTotalExactly()
    {
        // Room as the gate derives it, a share of the total: 1,250 × 2 / 255 = 9.8039215686…
        var ctx = FullyAllocated(Winner(budget: 100m), Donor(budget: 1_150m, roas: 1.6m)) with { ReallocationRoomToday = 1_250m * 2m / 255m };

        var report = Engine.Decide(ctx);

        Assert.Equal(9.80m, report.BudgetReallocation.TotalMoved);
        Assert.Equal([109.80m, 1_140.20m], report.ImmediateActions.Select(a => a.NewBudget!.Value));
        Assert.Equal(ctx.Workspace.TotalDailyBudget, NewTotal(ctx, report));
    }

    [Fact]
    public void Decide_RoomBelowFivePercentOfTheWinnersBudget_MovesNothing()
    {
        var report = Engine.Decide(FullyAllocated(Winner(), Donor()) with { ReallocationRoomToday = 40m });

        Assert.Empty(report.ImmediateActions);
        Assert.Equal(BudgetReallocation.None, report.BudgetReallocation);
    }

    [Fact]
    public void Decide_OneAdjustmentLeftToday_CannotReallocate()
    {
        var report = Engine.Decide(FullyAllocated(Winner(), Donor()) with { AdjustmentsLeftToday = 1 });

        Assert.Empty(report.ImmediateActions);
    }

    [Fact]
    public void Decide_TwoWinnersOneDonorTwoAdjustmentsLeft_ProposesAtMostTwoChanges()
    {
        var ctx = FullyAllocated(
            Winner("winner-a", budget: 500m, roas: 4.5m),
            Winner("winner-b", budget: 500m, roas: 4.6m),
            Donor(budget: 2_000m)) with
        { AdjustmentsLeftToday = 2 };

        var report = Engine.Decide(ctx);

        Assert.Equal(2, report.ImmediateActions.Count);
        Assert.Equal(ctx.Workspace.TotalDailyBudget, NewTotal(ctx, report));
    }

    [Fact]
    public void Decide_ReserveCoversTheIncrease_IncreasesWithoutTouchingTheUnderperformer()
    {
        var ctx = Contexts.For(Workspaces.Utc, Winner(), Donor());

        var action = Assert.Single(Engine.Decide(ctx).ImmediateActions);

        Assert.Equal((ActionType.IncreaseBudget, "winner"), (action.Type, action.Campaign.Value));
    }
}
