using System.Globalization;
using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Rules;
using BudgetPilot.Core.Settings;

namespace BudgetPilot.Core.Allocation;

/// <summary>
/// The allocator's second pause: a campaign whose fitted curve says, with the workspace's confidence,
/// that it returns less than it spends at its current spend. Its profit is negative at every dollar, so
/// the best budget is none, and cutting it by unattended 20% steps would keep losing money for weeks.
/// The curve is lag-corrected (each day at its expected completeness), which is what keeps this from the
/// seed's mistake of pausing on value that has not arrived yet; a sparse campaign's wide posterior, pulled
/// toward its platform, does not clear the bar.
/// </summary>
public static class BreakEven
{
    /// <summary>The probability that the campaign returns less than it spends, when it does; null otherwise.</summary>
    public static double? Fires(CampaignAnalysis a, CurvePosterior fit, double spend, int days, WorkspaceSettings settings, int minDays)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(settings);
        if (!a.Campaign.IsActive || days < minDays || spend <= 0 || !double.IsFinite(spend)
            || a.Runtime < settings.Guardrails.MinCampaignRuntimeBeforePause
            || settings.Guardrails.IsProtectedWinner(a.Roas7d)
            || NeedsApproval(a, settings))
        {
            return null;
        }

        var (mean, sd) = fit.Change(0, spend);
        if (!double.IsFinite(mean) || !double.IsFinite(sd))
        {
            return null;
        }

        var below = sd > 0 ? ResponseCurveAllocator.NormalCdf((spend - mean) / sd) : mean < spend ? 1.0 : 0.0;
        return below >= settings.ConfidenceThreshold ? below : null;
    }

    public static ProposedAction Pause(DecisionContext ctx, CampaignAnalysis a, CurvePosterior fit, double spend, double probability)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(fit);
        var (mean, sd) = fit.Change(0, spend);
        var c = CultureInfo.InvariantCulture;
        var reasoning = string.Create(c,
            $"Fitted on its lag-corrected days, it returns about {mean:N0} (90% interval {Math.Max(0, mean - (1.645 * sd)):N0} to {mean + (1.645 * sd):N0}) a day on {spend:N0} of spend: ROAS {mean / spend:0.00}, below break-even with probability {probability:0.00}. Every dollar loses money, so the best budget is none; cutting 20% a day would keep losing for weeks.");
        return ActionFactory.Create(
            new Candidate(a, ActionType.Pause, RuleIds.PauseBelowBreakEven, 1m, Math.Min(0.99, probability), reasoning),
            ctx.Now,
            new RuleThresholds()) with
        { Engine = "allocator", Condition = RuleIds.PauseBelowBreakEven };
    }

    /// <summary>A pause the gate would send to a manager is not made unattended: the allocator cuts it step by step instead.</summary>
    private static bool NeedsApproval(CampaignAnalysis a, WorkspaceSettings settings) =>
        settings.Autonomy != AutonomyLevel.FullAutonomous
        || a.AverageDailySpend7d > settings.HumanApprovalRequired.PauseCampaignIfDailySpendAbove;
}
