using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Rules;
using BudgetPilot.Core.Tests.Support;
using FsCheck.Xunit;

namespace BudgetPilot.Core.Tests.Rules;

public sealed class SeedRulesEnginePropertyTests
{
    private static readonly decimal[] RoasLevels = [0.8m, 1.4m, 1.6m, 1.8m, 2.5m, 3.0m, 4.5m, 6.0m];

    /// <summary>One byte → one campaign: its ROAS level, budget, platform, trend and impression share.</summary>
    private static CampaignAnalysis Member(byte code, int index)
    {
        var roas = RoasLevels[code % 8];
        var history = CampaignHistory.Of(7, new Day(Roas: roas, ImpressionShare: code % 5 == 0 ? 0.5 : null));
        history = code % 3 == 0
            ? history.ThenRoas(roas + 0.3m, roas + 0.2m, roas + 0.1m, roas, roas - 0.1m, roas - 0.2m, roas - 0.3m)
            : history.Then(7, new Day(Roas: roas, ImpressionShare: code % 5 == 0 ? 0.5 : null));
        return history.As($"c{index}", (Platform)(code / 64), 100m + (150m * (code / 8 % 8))).Analyze();
    }

    [Property(MaxTest = 150)]
    public bool Decide_RandomPortfolioStartingUnderTotal_NeverProposesMoreThanTheTotal(byte[] codes, byte slack, byte roomShare, byte adjustments)
    {
        var analyses = codes.Take(8).Select(Member).ToArray();
        var budgets = analyses.Sum(a => a.Campaign.DailyBudget);
        var ws = Workspaces.Utc with { TotalDailyBudget = budgets + (slack * 10m) };
        var ctx = Contexts.For(ws, analyses) with
        {
            ReallocationRoomToday = ws.TotalDailyBudget * roomShare / 255m,
            AdjustmentsLeftToday = adjustments % 12,
        };

        var report = new SeedRulesEngine().Decide(ctx);

        var actions = report.ImmediateActions;
        var proposedTotal = analyses.Sum(a => actions.SingleOrDefault(x => x.Campaign == a.Campaign.Id) is { } action
            ? (action.Type == ActionType.Pause ? 0m : action.NewBudget ?? a.Campaign.DailyBudget)
            : a.Campaign.DailyBudget);
        var legs = actions.Where(a => a.Type == ActionType.Reallocate).ToList();
        var fundedChanges = actions.Count(a => a.Type is ActionType.IncreaseBudget or ActionType.Reallocate);
        return proposedTotal <= ws.TotalDailyBudget
            && actions.Select(a => a.Campaign).Distinct().Count() == actions.Count
            && legs.Sum(a => a.NewBudget!.Value - a.CurrentState.Budget) == 0m
            && report.BudgetReallocation.TotalMoved <= ctx.ReallocationRoomToday
            && fundedChanges <= ctx.AdjustmentsLeftToday
            && actions.All(a => !a.IsCut || a.CurrentState.Roas7d <= 5m);
    }
}
