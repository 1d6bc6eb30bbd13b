using BudgetPilot.Core.Alerts;
using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using static BudgetPilot.Core.Alerts.Detectors;

namespace BudgetPilot.Core.Rules;

/// <summary>
/// The seed's decision framework as written: critical pauses and cuts every cycle, opportunity
/// increases and the reallocation from underperformers to winners on the hour mark, watch items for
/// the 0.70–0.85 band. Never cuts a protected winner and never proposes a budget change to a campaign
/// changed within the cooldown. Pure and deterministic.
/// </summary>
public sealed class SeedRulesEngine(RuleThresholds? thresholds = null) : IDecisionEngine
{
    private readonly RuleThresholds rules = thresholds ?? new RuleThresholds();

    public string Name => "rules";

    public Task<DecisionReport> DecideAsync(DecisionContext context, CancellationToken cancellationToken) =>
        Task.FromResult(Decide(context));

    public DecisionReport Decide(DecisionContext ctx)
    {
        var ws = ctx.Workspace;
        var settings = ctx.Settings;
        var minSpend = settings.Alerts.MinSpendToCompare;
        var actions = new List<ProposedAction>();
        var watch = new List<MonitoringItem>();
        var increases = new List<Candidate>();
        var cut = new HashSet<CampaignId>();
        var competition = ctx.OpenAlerts.Where(a => a.Kind == AlertKind.CpcSpike && a.Campaign is not null).Select(a => a.Campaign!.Value).ToHashSet();

        foreach (var a in ctx.Analyses.Where(a => a.Campaign.IsActive).OrderBy(a => a.Campaign.Id))
        {
            var id = a.Campaign.Id;
            var isProtected = settings.Guardrails.IsProtectedWinner(a.Roas7d);
            var changedAt = ctx.LastChangedAt.TryGetValue(id, out var at) ? at : (DateTimeOffset?)null;
            var cooling = changedAt is { } c && ctx.Now - c < settings.ChangeCooldown;

            if (a.Runtime < settings.Guardrails.MinCampaignRuntimeBeforePause)
            {
                watch.Add(Watch(a, "ROAS", $"drops below {F(ws.MinRoas)}", "4h", $"New campaign: {a.Runtime.TotalHours:0} h of data, judged after {settings.Guardrails.MinCampaignRuntimeBeforePause.TotalHours:0} h.", 0.75));
                continue;
            }

            if (!isProtected && SeedRuleChecks.Pause(a, ws, rules, minSpend) is { } pause)
            {
                actions.Add(ActionFactory.Create(pause, ctx.Now, rules) with { Condition = pause.Rule });
                cut.Add(id);
                continue;
            }

            if (cooling)
            {
                watch.Add(Watch(a, "ROAS", $"moves 20% from {F(a.Roas7d)}", "4h", $"Changed {(ctx.Now - changedAt!.Value).TotalHours:0} h ago; effects take 48 h to read.", 0.80));
                continue;
            }

            if (!isProtected && SeedRuleChecks.Reduce(a, ws, rules, minSpend) is { } reduce)
            {
                actions.Add(ActionFactory.Create(reduce, ctx.Now, rules));
                cut.Add(id);
                continue;
            }

            if (ctx.HourMark && SeedRuleChecks.Increase(a, ws, rules, minSpend) is { } increase)
            {
                increases.Add(increase);
                continue;
            }

            if (a.Roas7d is { } roas && roas >= rules.WatchRoasFrom && roas <= rules.WatchRoasTo && a.RoasVolatility > rules.VolatileAbove)
            {
                watch.Add(Watch(a, "ROAS", $"drops below {F(Math.Round(roas * 0.85m, 2))}", "hourly", $"ROAS {F(roas)} is volatile (daily variation {P((decimal?)a.RoasVolatility)}).", 0.78));
            }
            else if (competition.Contains(id))
            {
                watch.Add(Watch(a, "CPC", "stays 25% above last week", "4h", "Competition: CPC spiked in the last 24 h.", 0.75));
            }
        }

        var funding = Funding.Plan(ctx, increases, cut, rules);
        actions.AddRange(funding.Actions);
        var report = new DecisionReport(
            ctx.Now,
            Health(ctx),
            actions,
            watch,
            funding.Reallocation,
            Outcomes(ctx, actions),
            Caveats(ctx, actions));
        return report;
    }

    private static MonitoringItem Watch(CampaignAnalysis a, string metric, string alertIf, string frequency, string reason, double confidence) =>
        new(a.Campaign.Id, a.Campaign.Name, metric, alertIf, frequency, reason, confidence);

    internal static OverallHealth Health(DecisionContext ctx)
    {
        decimal spend = 0m, value = 0m;
        foreach (var a in ctx.Analyses)
        {
            spend += a.Windows.Last7d.Spend;
            value += a.Windows.Last7d.Value;
        }

        var critical = ctx.OpenAlerts.Count(a => a.Severity == AlertSeverity.Critical);
        var roas = spend > 0m ? value / spend : 0m;
        var target = Math.Max(ctx.Workspace.MinRoas, 0.01m);
        var health = roas >= target * 1.25m ? OverallHealth.Excellent
            : roas >= target ? OverallHealth.Good
            : roas >= target * 0.8m ? OverallHealth.Fair
            : roas >= target * 0.5m ? OverallHealth.Poor
            : OverallHealth.Critical;
        var campaigns = Math.Max(1, ctx.Analyses.Count(a => a.Campaign.IsActive));
        return critical * 4 >= campaigns && health < OverallHealth.Poor ? OverallHealth.Poor : health;
    }

    internal ExpectedOutcomes Outcomes(DecisionContext ctx, IReadOnlyList<ProposedAction> actions)
    {
        decimal spend = 0m, value = 0m;
        foreach (var a in ctx.Analyses.Where(a => a.Campaign.IsActive))
        {
            spend += a.Windows.Last7d.Spend / 7m;
            value += a.Windows.Last7d.Value / 7m;
        }

        decimal newSpend = spend, newValue = value, profit = 0m;
        foreach (var action in actions)
        {
            var delta = action.Type == ActionType.Pause ? -action.EstimatedImpact.DailySavings : (action.NewBudget ?? action.CurrentState.Budget) - action.CurrentState.Budget;
            var revenue = action.Type == ActionType.Pause || delta < 0m ? -action.EstimatedImpact.DailyOpportunityCost : action.EstimatedImpact.DailyOpportunityCost;
            newSpend += delta;
            newValue += revenue;
            profit += action.EstimatedImpact.DailyProfitChange;
        }

        decimal? current = spend > 0m ? Math.Round(value / spend, 2) : null;
        decimal? next = newSpend > 0m ? Math.Round(newValue / newSpend, 2) : null;
        var improvement = current is { } c && next is { } n && c > 0m ? P((n - c) / c) : "n/a";
        return new ExpectedOutcomes(current, next, improvement.StartsWith('-') || improvement == "n/a" ? improvement : "+" + improvement, ActionFactory.Round(profit));
    }

    private List<string> Caveats(DecisionContext ctx, IReadOnlyList<ProposedAction> actions)
    {
        var caveats = new List<string>();
        if (actions.Count > 0)
        {
            caveats.Add($"Impact assumes the next dollar returns {P(rules.MarginalFactor)} of a campaign's average ROAS (diminishing returns); actual response curves differ.");
            caveats.Add("Conversions reported for the last 24–48 h are still maturing; recent ROAS reads low.");
        }

        var competition = ctx.OpenAlerts.Count(a => a.Kind == AlertKind.CpcSpike);
        if (competition > 0)
        {
            caveats.Add($"Competition: CPC spiked on {competition} campaign(s); results may swing until it settles.");
        }

        var thin = ctx.Analyses.Count(a => a.Campaign.IsActive && a.Windows.Last7d.Conversions < 10m);
        if (thin > 0)
        {
            caveats.Add($"{thin} campaign(s) had fewer than 10 conversions in 7 days; their ROAS is uncertain.");
        }

        return caveats;
    }
}
