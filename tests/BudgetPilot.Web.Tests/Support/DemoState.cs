using BudgetPilot.Core;
using BudgetPilot.Core.Alerts;
using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Approvals;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Metrics;

namespace BudgetPilot.Web.Tests.Support;

/// <summary>
/// The seed's morning: overnight the AI paused "Meta – Winter Promo" and moved its budget to TikTok; a +40%
/// increase of "Google – Brand Search" waits for approval; "Meta – Summer Campaign" will be paused unless it recovers.
/// </summary>
public static class DemoState
{
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 8, 30, 0, TimeSpan.Zero);
    public static readonly CampaignId Winter = new(Platform.MetaAds, "winter");
    public static readonly CampaignId Brand = new(Platform.GoogleAds, "brand");
    public static readonly CampaignId Viral = new(Platform.TikTokAds, "viral");
    public static readonly CampaignId Summer = new(Platform.MetaAds, "summer");
    public static readonly CampaignId B2b = new(Platform.LinkedInAds, "b2b");
    public static readonly Guid ApprovalId = Guid.Parse("0b5e0000-0000-4000-8000-000000000040");
    public static readonly Guid GraceId = Guid.Parse("0b5e0000-0000-4000-8000-0000000000a1");

    public static IReadOnlyList<Campaign> Campaigns { get; } = [
        new(Winter, "Meta – Winter Promo", CampaignStatus.Paused, 800m, Now.AddDays(-40)),
        new(Brand, "Google – Brand Search", CampaignStatus.Active, 5000m, Now.AddDays(-90)),
        new(Viral, "TikTok – Viral Series", CampaignStatus.Active, 1950m, Now.AddDays(-30)),
        new(Summer, "Meta – Summer Campaign", CampaignStatus.Active, 3000m, Now.AddDays(-60)),
        new(B2b, "LinkedIn – B2B Leads", CampaignStatus.Active, 2000m, Now.AddDays(-60))
        {
            ReportedBudget = new ReportedBudget(1851.85m, new CurrencyConversion("EUR", "USD", 1.08m, "currency_rates", null)),
        },
    ];

    public static async Task SeedAsync(Stores stores, string workspace, CancellationToken cancellationToken)
    {
        await stores.Campaigns.UpsertAsync(workspace, Campaigns, cancellationToken);
        var samples = new List<MetricSample>();
        samples.AddRange(Hours(Winter, 800m, d => 2.8m - (0.1m * d), Now.AddHours(-7)));
        samples.AddRange(Hours(Brand, 5000m, _ => 4.8m, Now));
        samples.AddRange(Hours(Viral, 1700m, d => 5.0m + (0.02m * d), Now));
        samples.AddRange(Hours(Summer, 3000m, d => 3.4m - (0.1m * d), Now));
        samples.AddRange(Hours(B2b, 2000m, _ => 3.2m, Now));
        await stores.Metrics.UpsertAsync(workspace, samples, cancellationToken);

        var pause = Action("a-winter", Winter, "Meta – Winter Promo", ActionType.Pause, 800m, null, 1.3m,
            "ROAS 1.3 below 1.5 for 5 days in a row (from 2.8); CPA 68 vs target 40; 7-day spend 5,600 for 7,280 revenue.", 0.94) with
        { GroupId = "g-night" };
        var raise = Action("a-viral", Viral, "TikTok – Viral Series", ActionType.Reallocate, 1500m, 1950m, 5.2m,
            "ROAS 5.2 over 7 days with room to grow: takes the budget freed from Meta – Winter Promo.", 0.91) with
        { GroupId = "g-night" };
        await Executed(stores, workspace, pause, CampaignStatus.Paused, 800m, Now.AddHours(-7), cancellationToken);
        await Executed(stores, workspace, raise, CampaignStatus.Active, 1950m, Now.AddHours(-7).AddSeconds(1), cancellationToken);

        var increase = Action("a-brand", Brand, "Google – Brand Search", ActionType.IncreaseBudget, 5000m, 7000m, 4.8m,
            "ROAS 4.8 for 14 days, impression share 62% lost to budget: +40% expected to add 2,400/day revenue.", 0.9);
        var request = new ApprovalRequest(ApprovalId, workspace, [increase], "A 40% budget change is above the 20% that needs a manager.", Now.AddHours(-1), Now.AddHours(3), ApprovalStatus.Pending);
        await stores.Approvals.SaveAsync(request, cancellationToken);
        await stores.Audit.AppendAsync(Entry(workspace, increase, AuditKind.ApprovalRequested, Now.AddHours(-1), "Needs approval: +40% is above 20%.") with { Detail = ApprovalId.ToString() }, cancellationToken);

        var summerPause = Action("a-summer", Summer, "Meta – Summer Campaign", ActionType.Pause, 3000m, null, 1.8m,
            "ROAS dropped to 1.8 (from 3.4 a week ago, -47%); pauses unless it recovers.", 0.88) with
        { Condition = "ROAS 7d < 1.5 for 3 days" };
        await stores.Graces.SaveAsync(new GracePause(GraceId, workspace, summerPause, Now.AddHours(-0.5), Now.AddHours(2.5), GraceStatus.Waiting), cancellationToken);
        await stores.Audit.AppendAsync(Entry(workspace, summerPause, AuditKind.GraceScheduled, Now.AddHours(-0.5), "Will pause in 3 hours unless ROAS recovers.") with { Detail = GraceId.ToString() }, cancellationToken);
        await stores.Alerts.SaveAsync([
            new Alert(Guid.NewGuid(), workspace, Summer, AlertKind.RoasDrop, AlertSeverity.High, "ROAS dropped to 1.8 (-47% vs last week).", Now.AddHours(-2), Now) { Observed = 1.8m, Threshold = 0.2m },
            new Alert(Guid.NewGuid(), workspace, B2b, AlertKind.CpcSpike, AlertSeverity.Medium, "LinkedIn CPC +25% (competition spike); AI adjusting bids.", Now.AddHours(-3), Now) { Observed = 0.25m, Threshold = 0.25m },
        ], cancellationToken);
    }

    private static IEnumerable<MetricSample> Hours(CampaignId id, decimal dailySpend, Func<int, decimal> roasOnDay, DateTimeOffset until)
    {
        var start = Now.AddDays(-15);
        for (var h = start; h < until; h = h.AddHours(1))
        {
            var day = (int)(h - start).TotalDays;
            var spend = Math.Round(dailySpend / 24m, 2);
            var value = Math.Round(spend * roasOnDay(day), 2);
            yield return new MetricSample(id, h, spend, 1000, 40, Math.Round(value / 100m, 2), value);
        }
    }

    private static ProposedAction Action(string id, CampaignId campaign, string name, ActionType type, decimal budget, decimal? newBudget, decimal roas, string why, double confidence) =>
        new(id, campaign, name, type, new CurrentState(budget, budget * 7m, budget * 7m * roas, roas, TrendDirection.Stable), newBudget, "", why, confidence,
            RiskLevel.Low, new EstimatedImpact(type == ActionType.Pause ? budget : 0m, 0m, 400m), type == ActionType.Pause ? Urgency.Critical : Urgency.Opportunity, "seed_rules");

    private static async Task Executed(Stores stores, string workspace, ProposedAction a, CampaignStatus status, decimal budget, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var before = new CampaignSnapshot(CampaignStatus.Active, a.CurrentState.Budget);
        var after = new CampaignSnapshot(status, budget);
        await stores.Audit.AppendAsync(Entry(workspace, a, AuditKind.Intent, at, a.Reasoning) with { IdempotencyKey = a.ActionId, Before = before, After = after }, cancellationToken);
        await stores.Audit.AppendAsync(Entry(workspace, a, AuditKind.Outcome, at, a.Reasoning) with { IdempotencyKey = a.ActionId, Before = before, After = after, Outcome = OutcomeStatus.Succeeded }, cancellationToken);
    }

    private static AuditEntry Entry(string workspace, ProposedAction a, AuditKind kind, DateTimeOffset at, string reason) =>
        new(workspace, at, kind, "engine:seed_rules", reason)
        {
            ActionId = a.ActionId,
            Campaign = a.Campaign,
            CampaignName = a.CampaignName,
            Action = a.Type,
            Confidence = a.Confidence,
            GroupId = a.GroupId,
            Before = new CampaignSnapshot(CampaignStatus.Active, a.CurrentState.Budget),
            After = a.NewBudget is { } b ? new CampaignSnapshot(CampaignStatus.Active, b) : null,
        };
}
