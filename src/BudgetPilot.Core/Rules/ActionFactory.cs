using System.Globalization;
using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Decisions;
using static BudgetPilot.Core.Alerts.Detectors;

namespace BudgetPilot.Core.Rules;

/// <summary>Turns a fired rule into the seed's decision shape, with its impact estimated the same way for every rule.</summary>
internal static class ActionFactory
{
    public static ProposedAction Create(Candidate c, DateTimeOffset now, RuleThresholds r, decimal? newBudgetOverride = null, string? groupId = null)
    {
        var a = c.Analysis;
        var budget = a.Campaign.DailyBudget;
        var newBudget = newBudgetOverride ?? c.Type switch
        {
            ActionType.Pause => 0m,
            ActionType.ReduceBudget => Round(budget * (1m - c.Step)),
            ActionType.IncreaseBudget => Round(budget * (1m + c.Step)),
            _ => budget,
        };
        var type = groupId is null ? c.Type : ActionType.Reallocate;
        var impact = Impact(a, type == ActionType.Pause ? null : newBudget, r);
        var expected = type switch
        {
            ActionType.Pause => $"Save {M(impact.DailySavings)}/day, redeploy to winners",
            _ when newBudget < budget => $"Save {M(impact.DailySavings)}/day at the cost of about {M(impact.DailyOpportunityCost)}/day revenue",
            _ => $"About {M(impact.DailyOpportunityCost)}/day more revenue for {M(newBudget - budget)}/day more spend",
        };
        var change = type == ActionType.Pause ? "Pause" : $"Budget {M(budget)} → {M(newBudget)} ({P((newBudget - budget) / Math.Max(budget, 0.01m))})";
        var risk = type switch
        {
            ActionType.Pause => a.AverageDailySpend7d > 1000m ? RiskLevel.Medium : RiskLevel.Low,
            ActionType.IncreaseBudget => c.Step > 0.30m ? RiskLevel.Medium : RiskLevel.Low,
            _ => RiskLevel.Low,
        };

        return new ProposedAction(
            ActionId(now, a, type),
            a.Campaign.Id,
            a.Campaign.Name,
            type,
            new CurrentState(budget, a.Windows.Last7d.Spend, a.Windows.Last7d.Value, a.Roas7d, a.RoasTrend.Direction),
            type == ActionType.Pause ? null : newBudget,
            expected,
            $"{c.Reasoning} {change}.",
            Math.Round(c.Confidence, 3),
            risk,
            impact,
            c.Type is ActionType.Pause or ActionType.ReduceBudget ? Urgency.Critical : Urgency.Opportunity,
            "rules")
        { Rule = c.Rule, GroupId = groupId };
    }

    /// <summary>
    /// Per day: spend removed, revenue given up (cut) or left on the table (increase) at the marginal
    /// return, and the net profit change. A pause removes the average day's spend and revenue.
    /// </summary>
    public static EstimatedImpact Impact(CampaignAnalysis a, decimal? newBudget, RuleThresholds r)
    {
        var roas = a.Roas7d ?? 0m;
        if (newBudget is null)
        {
            var spend = a.AverageDailySpend7d;
            var revenue = a.Windows.Last7d.Value / 7m;
            return new EstimatedImpact(Round(spend), Round(revenue), Round(spend - revenue));
        }

        var delta = newBudget.Value - a.Campaign.DailyBudget;
        var marginalRevenue = Math.Abs(delta) * roas * r.MarginalFactor;
        return delta < 0m
            ? new EstimatedImpact(Round(-delta), Round(marginalRevenue), Round(-delta - marginalRevenue))
            : new EstimatedImpact(0m, Round(marginalRevenue), Round(marginalRevenue - delta));
    }

    public static string ActionId(DateTimeOffset now, CampaignAnalysis a, ActionType type) =>
        string.Create(CultureInfo.InvariantCulture, $"{now:yyyyMMdd'T'HHmm}-{a.Campaign.Id}-{type}").ToLowerInvariant();

    public static decimal Round(decimal value) => decimal.Round(value, 2, MidpointRounding.ToZero);
}
