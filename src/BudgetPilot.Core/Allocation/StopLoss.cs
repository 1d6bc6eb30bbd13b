using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Rules;
using BudgetPilot.Core.Settings;

namespace BudgetPilot.Core.Allocation;

/// <summary>
/// The allocator's pause for a campaign with nothing to fit (the other, <see cref="BreakEven"/>, is for one whose curve is fitted). A campaign that has spent for a week without a single conversion has no
/// curve worth fitting: cutting it 20% a day would keep paying for nothing for another fortnight. A week
/// is longer than any conversion lag the analysis allows for, so late conversions never trigger it (the
/// seed's 48-hour rule does, which is why the allocator does not take the rules' pauses).
/// </summary>
public static class StopLoss
{
    public static readonly TimeSpan After = TimeSpan.FromDays(7);

    /// <summary>True when <paramref name="a"/> has spent at least the comparison minimum with no conversion for <see cref="After"/>.</summary>
    public static bool Fires(CampaignAnalysis a, WorkspaceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(settings);
        return a.Campaign.IsActive
            && a.SinceLastConversion is { } since && since >= After
            && a.SpendSinceLastConversion >= settings.Alerts.MinSpendToCompare
            && a.SpendSinceLastConversion > 0m
            && a.Runtime >= settings.Guardrails.MinCampaignRuntimeBeforePause
            && !settings.Guardrails.IsProtectedWinner(a.Roas7d);
    }

    /// <summary>One PAUSE per campaign the stop-loss fires on, in the seed's shape; the gate still decides.</summary>
    public static IReadOnlyList<ProposedAction> Pauses(DecisionContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var thresholds = new RuleThresholds();
        return [.. ctx.Analyses
            .Where(a => Fires(a, ctx.Settings))
            .OrderBy(a => a.Campaign.Id)
            .Select(a => ActionFactory.Create(
                new Candidate(a, ActionType.Pause, RuleIds.StopLossNoConversions, 1m, 0.97,
                    $"No conversion for {a.SinceLastConversion!.Value.TotalDays:0.#} days while spending {a.SpendSinceLastConversion:N2}: longer than any conversion lag, so there is no return left to wait for."),
                ctx.Now, thresholds) with { Engine = "allocator", Condition = RuleIds.StopLossNoConversions })];
    }
}
