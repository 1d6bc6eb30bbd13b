using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;

namespace BudgetPilot.Ai;

/// <summary>
/// The seed's decision prompt, with what the data showed it lacked: the deterministic engines' own
/// proposals as candidates (so the model judges rather than re-derives), how much of today's guardrail
/// room is left, and campaign ids in the exact form the parser accepts. Deterministic text for one context,
/// so it can be snapshot-tested and fingerprinted.
/// </summary>
public static class DecisionPrompt
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = global::System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public const string System = """
        You are an autonomous marketing budget optimizer. You propose; a guardrails gate that you cannot
        bypass decides what is executed, and every proposal that breaks the output format or contradicts
        the data is dropped. Reply with one JSON object and nothing else.
        """;

    public sealed record Prompt(string System, string User, string Fingerprint);

    public static Prompt Build(DecisionContext ctx, IReadOnlyList<ProposedAction> candidates)
    {
        var ws = ctx.Workspace;
        var g = ctx.Settings.Guardrails;
        var active = ctx.Analyses.Where(a => a.Campaign.Status != CampaignStatus.Removed).OrderBy(a => a.Campaign.Id).ToList();
        var state = State(ctx, active);
        var history = History(active);
        var candidateJson = Candidates(candidates);
        var allocated = active.Where(a => a.Campaign.IsActive).Sum(a => a.Campaign.DailyBudget);

        var user = new StringBuilder();
        user.Append(Inv, $"""
            You are an autonomous marketing budget optimizer with FULL CONTROL over campaigns.
            You can pause campaigns, adjust budgets and reallocate spend.

            Your goal: MAXIMIZE ROI while staying within constraints.

            Now: {ctx.Now.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'} (account time zone {ws.TimeZone.Id}, currency {ws.Currency})

            === CURRENT STATE ===
            {state}

            === HISTORICAL CONTEXT (7 days) ===
            Complete local days, oldest first: [date, spend, revenue, roas, conversions].
            {history}

            === CONSTRAINTS ===
            - Total daily budget: {M(ws.TotalDailyBudget)} (active budgets now sum to {M(allocated)})
            - Min ROAS target: {ws.MinRoas:0.0#}
            - Target CPA: {(ws.TargetCpa is { } cpa ? M(cpa) : "none")}
            - Max single campaign budget: {M(ws.MaxCampaignBudget)}
            - Cannot pause campaigns running less than {g.MinCampaignRuntimeBeforePause.TotalHours:0}h
            - No single budget increase above {g.MaxSingleBudgetIncreaseFraction * 100:0}%
            - Budget still movable today: {M(ctx.ReallocationRoomToday)} (cap {g.MaxBudgetReallocationPerDayFraction * 100:0}% of the total a day)
            - Adjustments still allowed today: {ctx.AdjustmentsLeftToday}
            - Never cut a campaign whose 7-day ROAS is above {g.ProtectWinnersAboveRoas:0.0#}
            - Proposals below confidence {ctx.Settings.ConfidenceThreshold:0.00} are not executed
            - Campaigns changed in the last {ctx.Settings.ChangeCooldown.TotalHours:0}h: leave their budgets alone

            === CANDIDATES FROM THE DETERMINISTIC RULES ===
            The rule engine already proposes these. They will be gated whatever you say; propose an action only
            where you see something the rules missed, and say in risks_and_caveats if you disagree with one.
            {candidateJson}

            === YOUR DECISION FRAMEWORK ===

            **CRITICAL ACTIONS (Confidence > 0.90):**
            1. PAUSE campaign if:
               - ROAS < 1.5 for 3+ consecutive days
               - Zero conversions for 48+ hours
               - CPA > target by 50%+

            2. REDUCE BUDGET by 30-50% if:
               - ROAS 1.5-2.0 with declining trend
               - CPA > target by 25-50%
               - Ad fatigue signals (CTR dropped 30%+)

            **OPPORTUNITY ACTIONS (Confidence > 0.85):**
            3. INCREASE BUDGET by 20-40% if:
               - ROAS > 4.0 with stable/rising trend
               - CPA < target by 30%+
               - Impression share < 70% (room to scale)

            4. REALLOCATE BUDGET:
               - Move from underperformers to winners
               - Maintain total spend constant
               - Prioritize platforms with highest ROAS

            **MONITORING (Confidence 0.70-0.85):**
            5. WATCH CLOSELY if:
               - ROAS 2.0-3.0 with volatility
               - Recent changes made (<48h ago)
               - External factors detected (competition, seasonality)

            === OUTPUT FORMAT ===
            Return JSON with this EXACT structure. campaign_id is the id exactly as in CURRENT STATE
            (platform:id); current_state must repeat the numbers above; money is per day.

            {OutputFormat}

            === CRITICAL RULES ===
            1. NEVER exceed total daily budget
            2. NEVER make changes without confidence >= 0.85
            3. ALWAYS provide clear reasoning
            4. ALWAYS estimate impact
            5. PRESERVE winning campaigns - never touch if ROAS > 5.0

            NOW ANALYZE AND DECIDE:
            """);

        // The clock and today's partial hour move every cycle; only what a decision rests on counts as a change.
        var fingerprint = Hash(string.Join('\n', history, candidateJson, string.Join(';', active.Select(a => $"{a.Campaign.Id}|{a.Campaign.Status}|{a.Campaign.DailyBudget}")),
            ctx.ReallocationRoomToday.ToString(Inv), ctx.AdjustmentsLeftToday.ToString(Inv), string.Join(';', ctx.OpenAlerts.Select(a => a.Key).Order(StringComparer.Ordinal))));
        return new Prompt(System, user.ToString(), fingerprint);
    }

    private const string OutputFormat = """
        {
          "timestamp": "ISO-8601",
          "overall_health": "EXCELLENT|GOOD|FAIR|POOR|CRITICAL",
          "immediate_actions": [
            {
              "action_id": "unique-id",
              "platform": "google_ads|meta_ads|tiktok_ads|linkedin_ads",
              "campaign_id": "meta_ads:123",
              "campaign_name": "Campaign Name",
              "action_type": "PAUSE|REDUCE_BUDGET|INCREASE_BUDGET|REALLOCATE",
              "current_state": {"budget": 1000, "spend_7d": 6800, "revenue_7d": 15300, "roas_7d": 2.25, "trend": "declining"},
              "proposed_change": {"new_budget": 500, "expected_impact": "Save $500/day, redeploy to winners"},
              "reasoning": "ROAS declined from 3.2 to 2.25 over 7 days...",
              "confidence": 0.92,
              "risk_level": "LOW|MEDIUM|HIGH",
              "estimated_impact": {"daily_savings": 500, "daily_opportunity_cost": 50}
            }
          ],
          "monitoring_items": [
            {"campaign_id": "meta_ads:123", "watch_metric": "ROAS|CPA|CTR", "alert_if": "drops below 2.5", "check_frequency": "hourly|4h|daily"}
          ],
          "budget_reallocation": {
            "total_moved": 0,
            "from_campaigns": [{"id": "meta_ads:123", "amount": 0}],
            "to_campaigns": [{"id": "google_ads:456", "amount": 0}]
          },
          "expected_outcomes": {"new_overall_roas": 3.8, "improvement_vs_current": "+15%", "daily_profit_increase": 2400},
          "risks_and_caveats": ["..."]
        }
        """;

    private static string State(DecisionContext ctx, IReadOnlyList<CampaignAnalysis> analyses)
    {
        var list = new JsonArray();
        foreach (var a in analyses)
        {
            var w = a.Windows;
            var changed = ctx.LastChangedAt.TryGetValue(a.Campaign.Id, out var at) ? (ctx.Now - at).TotalHours : (double?)null;
            list.Add(new JsonObject
            {
                ["campaign_id"] = a.Campaign.Id.ToString(),
                ["platform"] = a.Campaign.Id.Platform.Key(),
                ["campaign_name"] = a.Campaign.Name,
                ["status"] = a.Campaign.Status.ToString().ToLowerInvariant(),
                ["budget"] = R(a.Campaign.DailyBudget),
                ["spend_7d"] = R(w.Last7d.Spend),
                ["revenue_7d"] = R(w.Last7d.Value),
                ["roas_7d"] = R(w.Last7d.Roas),
                ["roas_prior_7d"] = R(w.Prior7d.Roas),
                ["trend"] = a.RoasTrend.Direction.ToString().ToLowerInvariant(),
                ["cpa_7d"] = R(w.Last7d.Cpa),
                ["ctr_7d"] = w.Last7d.Ctr is { } ctr ? decimal.Parse(ctr.ToString("0.####", Inv), Inv) : null,
                ["conversions_48h"] = R(w.Last48h.Conversions),
                ["impression_share"] = a.ImpressionShare is { } s ? Math.Round(s, 3) : null,
                ["runtime_hours"] = Math.Round(a.Runtime.TotalHours, 0),
                ["hours_since_last_change"] = changed is { } h ? Math.Round(h, 0) : null,
            });
        }

        return list.ToJsonString(Json);
    }

    private static string History(IReadOnlyList<CampaignAnalysis> analyses)
    {
        var sb = new StringBuilder();
        foreach (var a in analyses)
        {
            var days = a.Days.TakeLast(7).Select(d => string.Create(Inv, $"[\"{d.Date:yyyy-MM-dd}\", {R(d.Kpis.Spend)}, {R(d.Kpis.Value)}, {F(d.Kpis.Roas)}, {R(d.Kpis.Conversions)}]"));
            sb.Append(Inv, $"{a.Campaign.Id}: [{string.Join(", ", days)}]").Append('\n');
        }

        return sb.ToString().TrimEnd('\n');
    }

    private static string Candidates(IReadOnlyList<ProposedAction> candidates)
    {
        if (candidates.Count == 0)
        {
            return "(none)";
        }

        var list = new JsonArray();
        foreach (var c in candidates.OrderBy(c => c.Campaign).ThenBy(c => c.Type))
        {
            list.Add(new JsonObject
            {
                ["campaign_id"] = c.Campaign.ToString(),
                ["action_type"] = Wire(c.Type),
                ["new_budget"] = R(c.NewBudget),
                ["confidence"] = Math.Round(c.Confidence, 2),
                ["rule"] = c.Rule,
                ["reasoning"] = c.Reasoning,
            });
        }

        return list.ToJsonString(Json);
    }

    public static string Wire(ActionType type) => type switch
    {
        ActionType.Pause => "PAUSE",
        ActionType.ReduceBudget => "REDUCE_BUDGET",
        ActionType.IncreaseBudget => "INCREASE_BUDGET",
        ActionType.Reallocate => "REALLOCATE",
        ActionType.Create => "CREATE",
        ActionType.Resume => "RESUME",
        ActionType.Undo => "UNDO",
        _ => type.ToString().ToUpperInvariant(),
    };

    /// <summary>Two decimals at most and no trailing zeros, so the same number always reads the same.</summary>
    private static decimal? R(decimal? v) => v is { } x ? decimal.Parse(x.ToString("0.##", Inv), Inv) : null;

    private static string F(decimal? v) => R(v) is { } x ? x.ToString(Inv) : "null";

    private static string M(decimal v) => string.Create(Inv, $"{v:0.##}");

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
