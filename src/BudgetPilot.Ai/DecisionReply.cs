using System.Globalization;
using System.Text.Json;
using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;

namespace BudgetPilot.Ai;

/// <summary>
/// Reads an LLM reply against the seed's schema and the data it was given. Anything it cannot vouch for
/// is dropped with a reason; what survives is still only a proposal for the gate.
/// </summary>
public static class DecisionReply
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>How far a number the model repeats from the state may stray before the decision is judged to rest on other data.</summary>
    public const decimal Tolerance = 0.05m;

    public sealed record Parsed(
        IReadOnlyList<ProposedAction> Actions,
        IReadOnlyList<DroppedDecision> Dropped,
        OverallHealth? OverallHealth,
        IReadOnlyList<string> Risks,
        ExpectedOutcomes? Outcomes,
        string? Fatal);

    public static Parsed Parse(string reply, DecisionContext ctx, string engine)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(JsonPart(reply));
        }
        catch (JsonException ex)
        {
            return Fail($"The reply is not valid JSON ({ex.Message.Split('.')[0]}); every decision in it was dropped.");
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Fail("The reply is JSON but not an object; every decision in it was dropped.");
            }

            var actions = new List<ProposedAction>();
            var dropped = new List<DroppedDecision>();
            var byId = ctx.Analyses.ToDictionary(a => a.Campaign.Id.ToString(), StringComparer.OrdinalIgnoreCase);
            var seen = new HashSet<CampaignId>();
            var group = string.Create(Inv, $"{engine}-{ctx.Now:yyyyMMdd'T'HHmm}-reallocation");
            if (root.TryGetProperty("immediate_actions", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var item in list.EnumerateArray())
                {
                    i++;
                    var (action, reason) = Action(item, i, ctx, byId, engine, group);
                    if (action is null)
                    {
                        dropped.Add(new DroppedDecision(Str(item, "action_id"), Str(item, "campaign_id"), reason!));
                    }
                    else if (!seen.Add(action.Campaign))
                    {
                        dropped.Add(new DroppedDecision(action.ActionId, action.Campaign.ToString(), $"A second decision for {action.Campaign} in the same reply; only the first is kept."));
                    }
                    else
                    {
                        actions.Add(action);
                    }
                }
            }
            else if (root.TryGetProperty("immediate_actions", out _))
            {
                dropped.Add(new DroppedDecision(null, null, "immediate_actions is not a list."));
            }

            // A reallocation must be whole: if one leg was dropped, the rest would no longer keep spend constant.
            if (actions.Any(a => a.GroupId == group) && dropped.Count > 0 && list.ValueKind == JsonValueKind.Array
                && list.EnumerateArray().Any(e => Str(e, "action_type") is { } t && t.Equals("REALLOCATE", StringComparison.OrdinalIgnoreCase) && !actions.Any(a => a.ActionId == Str(e, "action_id"))))
            {
                foreach (var leg in actions.Where(a => a.GroupId == group).ToList())
                {
                    actions.Remove(leg);
                    dropped.Add(new DroppedDecision(leg.ActionId, leg.Campaign.ToString(), "Part of a reallocation whose other leg was dropped."));
                }
            }

            var health = Str(root, "overall_health") is { } h && Enum.TryParse<OverallHealth>(h, ignoreCase: true, out var parsed) ? parsed : (OverallHealth?)null;
            var risks = root.TryGetProperty("risks_and_caveats", out var r) && r.ValueKind == JsonValueKind.Array
                ? r.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).Where(s => s.Length > 0).Take(10).ToList()
                : [];
            ExpectedOutcomes? outcomes = null;
            if (root.TryGetProperty("expected_outcomes", out var o) && o.ValueKind == JsonValueKind.Object)
            {
                outcomes = new ExpectedOutcomes(null, Num(o, "new_overall_roas"), Str(o, "improvement_vs_current") ?? "n/a", Num(o, "daily_profit_increase") ?? 0m);
            }

            return new Parsed(actions, dropped, health, risks, outcomes, null);
        }
    }

    private static Parsed Fail(string reason) => new([], [new DroppedDecision(null, null, reason)], null, [], null, reason);

    private static (ProposedAction? Action, string? Reason) Action(JsonElement e, int index, DecisionContext ctx, Dictionary<string, CampaignAnalysis> byId, string engine, string group)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            return (null, $"Decision {index} is not an object.");
        }

        var rawId = Str(e, "campaign_id");
        if (string.IsNullOrWhiteSpace(rawId))
        {
            return (null, $"Decision {index} has no campaign_id.");
        }

        // The seed's own example gives the platform beside a bare platform id; accept both spellings, nothing fuzzier.
        var a = byId.GetValueOrDefault(rawId)
            ?? (Str(e, "platform") is { } p && PlatformKeys.TryParse(p, out var platform) ? byId.GetValueOrDefault(new CampaignId(platform, rawId).ToString()) : null);
        if (a is null)
        {
            return (null, $"Unknown campaign id '{rawId}': no such campaign in this workspace.");
        }

        var name = a.Campaign.Name;
        var typeText = Str(e, "action_type");
        ActionType? type = typeText?.ToUpperInvariant() switch
        {
            "PAUSE" => ActionType.Pause,
            "REDUCE_BUDGET" => ActionType.ReduceBudget,
            "INCREASE_BUDGET" => ActionType.IncreaseBudget,
            "REALLOCATE" => ActionType.Reallocate,
            _ => null,
        };
        if (type is null)
        {
            return (null, $"'{name}': action_type '{typeText}' is not one of PAUSE, REDUCE_BUDGET, INCREASE_BUDGET, REALLOCATE.");
        }

        var confidence = Num(e, "confidence");
        if (confidence is null || confidence < 0m || confidence > 1m)
        {
            return (null, $"'{name}': confidence {(confidence is { } c ? c.ToString(Inv) : "missing")} is outside 0–1.");
        }

        var reasoning = Str(e, "reasoning");
        if (string.IsNullOrWhiteSpace(reasoning))
        {
            return (null, $"'{name}': no reasoning given.");
        }

        var change = e.TryGetProperty("proposed_change", out var pc) && pc.ValueKind == JsonValueKind.Object ? pc : default;
        var expected = change.ValueKind == JsonValueKind.Object ? Str(change, "expected_impact") : null;
        var impact = e.TryGetProperty("estimated_impact", out var ei) && ei.ValueKind == JsonValueKind.Object ? ei : default;
        var savings = impact.ValueKind == JsonValueKind.Object ? Num(impact, "daily_savings") : null;
        var opportunity = impact.ValueKind == JsonValueKind.Object ? Num(impact, "daily_opportunity_cost") : null;
        if (string.IsNullOrWhiteSpace(expected) || savings is null || opportunity is null)
        {
            return (null, $"'{name}': no impact estimate (proposed_change.expected_impact and estimated_impact.daily_savings/daily_opportunity_cost are required).");
        }

        if (!a.Campaign.IsActive)
        {
            return (null, $"'{name}' is {a.Campaign.Status.ToString().ToLowerInvariant()}, not active: nothing to {typeText!.ToLowerInvariant()}.");
        }

        var budget = a.Campaign.DailyBudget;
        var newBudget = change.ValueKind == JsonValueKind.Object ? Num(change, "new_budget") : null;
        var total = ctx.Workspace.TotalDailyBudget;
        if (type != ActionType.Pause)
        {
            if (newBudget is null)
            {
                return (null, $"'{name}': {typeText} without proposed_change.new_budget.");
            }

            if (newBudget <= 0m)
            {
                return (null, string.Create(Inv, $"'{name}': new budget {newBudget} is not positive (a stop is a PAUSE)."));
            }

            if (newBudget > total)
            {
                return (null, string.Create(Inv, $"'{name}': new budget {newBudget:0.##} is over the total daily budget {total:0.##}."));
            }

            if (newBudget > ctx.Workspace.MaxCampaignBudget)
            {
                return (null, string.Create(Inv, $"'{name}': new budget {newBudget:0.##} is over the max campaign budget {ctx.Workspace.MaxCampaignBudget:0.##}."));
            }

            if ((type == ActionType.IncreaseBudget && newBudget <= budget) || (type == ActionType.ReduceBudget && newBudget >= budget))
            {
                return (null, string.Create(Inv, $"'{name}': {typeText} to {newBudget:0.##} contradicts the current budget {budget:0.##}."));
            }
        }

        if (Contradiction(e, a) is { } contradiction)
        {
            return (null, $"'{name}': {contradiction}");
        }

        var w = a.Windows.Last7d;
        var action = new ProposedAction(
            $"{engine}-{Str(e, "action_id") ?? index.ToString(Inv)}",
            a.Campaign.Id,
            name,
            type.Value,
            new CurrentState(budget, w.Spend, w.Value, a.Roas7d, a.RoasTrend.Direction),
            type == ActionType.Pause ? null : Math.Round(newBudget!.Value, 2),
            expected!,
            reasoning!,
            (double)confidence.Value,
            Str(e, "risk_level") is { } risk && Enum.TryParse<RiskLevel>(risk, ignoreCase: true, out var rl) ? rl : RiskLevel.Medium,
            new EstimatedImpact(savings.Value, opportunity.Value, savings.Value - opportunity.Value),
            type is ActionType.Pause or ActionType.ReduceBudget ? Urgency.Critical : Urgency.Opportunity,
            engine)
        {
            Rule = $"{engine}.{typeText!.ToLowerInvariant()}",
            GroupId = type == ActionType.Reallocate ? group : null,
        };
        return (action, null);
    }

    /// <summary>The numbers the model repeats back must be the ones it was given: otherwise it decided on other data.</summary>
    private static string? Contradiction(JsonElement e, CampaignAnalysis a)
    {
        if (!e.TryGetProperty("current_state", out var s) || s.ValueKind != JsonValueKind.Object)
        {
            return "no current_state: the decision does not say which numbers it rests on.";
        }

        var w = a.Windows.Last7d;
        (string Key, decimal? Actual)[] checks = [("budget", a.Campaign.DailyBudget), ("spend_7d", w.Spend), ("revenue_7d", w.Value), ("roas_7d", w.Roas)];
        foreach (var (key, actual) in checks)
        {
            var said = Num(s, key);
            if (said is null || actual is null)
            {
                continue;
            }

            if (Math.Abs(said.Value - actual.Value) > Math.Max(0.01m, Math.Abs(actual.Value) * Tolerance))
            {
                return string.Create(Inv, $"current_state.{key} {said:0.##} contradicts the data ({actual:0.##}).");
            }
        }

        return null;
    }

    /// <summary>Models wrap JSON in prose or code fences despite being told not to; take the outermost object.</summary>
    internal static string JsonPart(string reply)
    {
        var start = reply.IndexOf('{', StringComparison.Ordinal);
        var end = reply.LastIndexOf('}');
        return start >= 0 && end > start ? reply[start..(end + 1)] : reply;
    }

    private static string? Str(JsonElement e, string key) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static decimal? Num(JsonElement e, string key) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var d) ? d : null;
}
