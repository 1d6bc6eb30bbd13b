using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using static BudgetPilot.Core.Alerts.Detectors;

namespace BudgetPilot.Core.Rules;

/// <summary>
/// The seed's rules, one campaign at a time. Each check returns the candidate it fires, or null; the
/// confidence starts at the band's floor (critical above 0.90, opportunity above 0.85) and rises with
/// how far past the threshold the evidence is, falling where the data is thin.
/// </summary>
internal static class SeedRuleChecks
{
    public static Candidate? Pause(CampaignAnalysis a, Workspace ws, RuleThresholds r, decimal minSpend)
    {
        var days = a.ConsecutiveDaysRoasBelow(r.PauseRoasBelow);
        if (days >= r.PauseRoasConsecutiveDays)
        {
            var recent = a.Days.TakeLast(days).Select(d => F(d.Kpis.Roas));
            var depth = a.Roas7d is { } roas ? Math.Clamp((double)((r.PauseRoasBelow - roas) / r.PauseRoasBelow), 0, 1) : 0.5;
            var confidence = Math.Min(0.98, 0.91 + (0.01 * (days - r.PauseRoasConsecutiveDays)) + (0.05 * depth));
            return new Candidate(a, ActionType.Pause, RuleIds.PauseRoasBelowForDays, 1m, confidence,
                $"ROAS below {F(r.PauseRoasBelow)} for {days} consecutive days ({string.Join(", ", recent)}); 7-day ROAS {F(a.Roas7d)} on {M(a.Windows.Last7d.Spend)} spend, {M(a.Windows.Last7d.Value)} revenue.");
        }

        if (a.SinceLastConversion is { } since && since >= TimeSpan.FromHours(48) && a.SpendSinceLastConversion >= minSpend && a.Runtime >= TimeSpan.FromHours(48))
        {
            var confidence = Math.Min(0.98, 0.93 + ((since.TotalHours - 48) / 960));
            return new Candidate(a, ActionType.Pause, RuleIds.PauseZeroConversions, 1m, confidence,
                $"Zero conversions for {since.TotalHours:0} hours while spending {M(a.SpendSinceLastConversion)}.");
        }

        if (ws.TargetCpa is { } target && a.Windows.Last7d.Cpa is { } cpa && a.Windows.Last7d.Conversions >= 1m
            && cpa >= target * (1 + r.PauseCpaAboveTargetFraction) && a.Windows.Last7d.Spend >= minSpend)
        {
            var excess = (cpa / target) - 1m;
            var confidence = Math.Min(0.97, 0.91 + (0.05 * Math.Clamp((double)((excess - r.PauseCpaAboveTargetFraction) / r.PauseCpaAboveTargetFraction), 0, 1)));
            return new Candidate(a, ActionType.Pause, RuleIds.PauseCpaAboveTarget, 1m, confidence,
                $"7-day CPA {M(cpa)} is {P(excess)} above the {M(target)} target ({F(a.Windows.Last7d.Conversions)} conversions on {M(a.Windows.Last7d.Spend)}).");
        }

        return null;
    }

    public static Candidate? Reduce(CampaignAnalysis a, Workspace ws, RuleThresholds r, decimal minSpend)
    {
        if (a.Windows.Last7d.Spend < minSpend)
        {
            return null;
        }

        if (a.Roas7d is { } roas && roas >= r.PauseRoasBelow && roas <= r.ReduceRoasUpTo && a.RoasTrend.Direction == TrendDirection.Declining)
        {
            var depth = (r.ReduceRoasUpTo - roas) / (r.ReduceRoasUpTo - r.PauseRoasBelow);
            var confidence = Math.Min(0.96, 0.91 + (0.05 * (1 - a.RoasTrend.PValue / TrendFit.SignificanceLevel)));
            return new Candidate(a, ActionType.ReduceBudget, RuleIds.ReduceRoasDeclining, Cut(r, depth), confidence,
                $"7-day ROAS {F(roas)} is in the {F(r.PauseRoasBelow)}–{F(r.ReduceRoasUpTo)} band and declining ({a.RoasTrend.SlopePerDay:+0.00;-0.00} a day over {a.RoasTrend.Points} days, p = {a.RoasTrend.PValue:0.000}).");
        }

        if (ws.TargetCpa is { } target && a.Windows.Last7d.Cpa is { } cpa && cpa >= target * (1 + r.ReduceCpaAboveTargetFraction))
        {
            var excess = (cpa / target) - 1m;
            var depth = (excess - r.ReduceCpaAboveTargetFraction) / (r.PauseCpaAboveTargetFraction - r.ReduceCpaAboveTargetFraction);
            return new Candidate(a, ActionType.ReduceBudget, RuleIds.ReduceCpaAboveTarget, Cut(r, depth), 0.91 + (0.04 * (double)Math.Clamp(depth, 0m, 1m)),
                $"7-day CPA {M(cpa)} is {P(excess)} above the {M(target)} target.");
        }

        if (CampaignAnalysis.Change(a.Windows.Last3d.Ctr, a.Windows.Prior7d.Ctr) is { } ctrChange && ctrChange <= -r.FatigueCtrDropFraction
            && a.Windows.Prior7d.Spend >= minSpend)
        {
            return new Candidate(a, ActionType.ReduceBudget, RuleIds.ReduceFatigue, r.MinCut, 0.91,
                $"Ad fatigue: CTR fell {P(-ctrChange)} to {P(a.Windows.Last3d.Ctr)} over 3 days from {P(a.Windows.Prior7d.Ctr)} the week before.");
        }

        return null;
    }

    public static Candidate? Increase(CampaignAnalysis a, Workspace ws, RuleThresholds r, decimal minSpend)
    {
        if (a.Windows.Last7d.Spend < minSpend || a.Roas7d is not { } roas)
        {
            return null;
        }

        var conversions = a.Windows.Last7d.Conversions;
        var thinData = conversions < 10m ? 0.04 : 0.0;
        Candidate? best = null;
        void Consider(string rule, decimal strength, double confidence, string why)
        {
            // The band is 20–40%; above 20% a human must approve. Only a strong signal asks for more than 20%.
            var clamped = Math.Clamp(strength, 0m, 1m);
            var step = clamped >= r.StrongSignal ? r.MinStep + ((r.MaxStep - r.MinStep) * clamped) : r.MinStep;
            if (best is null || step > best.Step)
            {
                best = new Candidate(a, ActionType.IncreaseBudget, rule, step, confidence - thinData, why);
            }
        }

        if (roas > r.IncreaseRoasAbove && a.RoasTrend.Direction != TrendDirection.Declining)
        {
            Consider(RuleIds.IncreaseRoasAbove4, (roas - r.IncreaseRoasAbove) / r.IncreaseRoasAbove, 0.88 + (0.06 * (double)Math.Min(1m, (roas - r.IncreaseRoasAbove) / r.IncreaseRoasAbove)),
                $"7-day ROAS {F(roas)} is above {F(r.IncreaseRoasAbove)} with a {a.RoasTrend.Direction.ToString().ToLowerInvariant()} trend ({F(a.Windows.Last7d.Value)} revenue on {M(a.Windows.Last7d.Spend)}).");
        }

        if (ws.TargetCpa is { } target && a.Windows.Last7d.Cpa is { } cpa && cpa <= target * (1 - r.IncreaseCpaBelowTargetFraction) && roas >= ws.MinRoas)
        {
            var below = 1m - (cpa / target);
            Consider(RuleIds.IncreaseCpaBelowTarget, (below - r.IncreaseCpaBelowTargetFraction) / (1m - r.IncreaseCpaBelowTargetFraction), 0.88,
                $"7-day CPA {M(cpa)} is {P(below)} below the {M(target)} target.");
        }

        if (a.ImpressionShare is { } share && share < r.IncreaseImpressionShareBelow && roas >= ws.MinRoas)
        {
            Consider(RuleIds.IncreaseImpressionShare, (decimal)((r.IncreaseImpressionShareBelow - share) / r.IncreaseImpressionShareBelow), 0.87,
                $"Impression share {P((decimal)share)} leaves room to scale at ROAS {F(roas)} (target {F(ws.MinRoas)}).");
        }

        return best;
    }

    private static decimal Cut(RuleThresholds r, decimal depth) => r.MinCut + ((r.MaxCut - r.MinCut) * Math.Clamp(depth, 0m, 1m));
}
