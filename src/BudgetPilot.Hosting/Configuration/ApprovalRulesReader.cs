using System.Text.RegularExpressions;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Settings;
using YamlDotNet.RepresentationModel;

namespace BudgetPilot.Hosting.Configuration;

/// <summary>
/// <c>human_approval_required</c> in the seed's list form (<c>- budget_change_percentage &gt; 20%</c>,
/// <c>- new_campaign_creation: true</c>) or as a plain map. A rule left out keeps its safe default.
/// </summary>
internal static partial class ApprovalRulesReader
{
    private const string Key = "human_approval_required";

    private static readonly string[] FullModeRules =
        ["budget_change_percentage", "new_campaign_creation", "pause_campaign_if_daily_spend", "major_strategy_change", "major_strategy_change_share_of_budget"];

    // The seed's semi-autonomous list: Core's SemiAutonomous level already asks approval for each of these.
    private static readonly string[] EveryChangeRules =
        ["all_budget_changes", "all_campaign_status_changes", "all_bid_adjustments", "all_targeting_changes"];

    private static readonly string[] AllRules = [.. FullModeRules, .. EveryChangeRules];

    public static ApprovalRules Read(ConfigSection root, AutonomyLevel level)
    {
        var rules = new ApprovalRules();
        switch (root.NodeOf(Key))
        {
            case null:
                return rules;
            case YamlMappingNode:
                var map = root.Section(Key, AllRules);
                foreach (var name in map.Keys)
                {
                    rules = Apply(map.Context, rules, name, map.Text(name), map.NodeOf(name)!, level);
                }

                return rules;
            case YamlSequenceNode list:
                foreach (var item in list.Children)
                {
                    rules = ReadItem(root.Context, rules, item, level);
                }

                return rules;
            case var other:
                root.Error(Key, $"expected a list of rules (e.g. '- budget_change_percentage > 20%') or a map, found a {ConfigSection.Describe(other)}");
                return rules;
        }
    }

    private static ApprovalRules ReadItem(ConfigContext context, ApprovalRules rules, YamlNode item, AutonomyLevel level)
    {
        if (item is YamlMappingNode { Children.Count: 1 } pair && pair.Children.First() is { Key: YamlScalarNode { Value: { } name }, Value: YamlScalarNode value })
        {
            var text = context.Substitute($"{Key}.{name}", value, value.Value ?? string.Empty);
            return Known(context, name, item) ? Apply(context, rules, name, text, value, level) : rules;
        }

        if (item is YamlScalarNode { Value: { } line })
        {
            var match = Comparison().Match(line);
            if (match.Success)
            {
                var rule = match.Groups["name"].Value;
                var text = match.Groups["value"].Success ? match.Groups["value"].Value : "true";
                return Known(context, rule, item) ? Apply(context, rules, rule, text, item, level) : rules;
            }
        }

        context.Error(Key, item, $"'{item}' is not a rule; write e.g. '- budget_change_percentage > 20%' or '- new_campaign_creation: true'");
        return rules;
    }

    private static bool Known(ConfigContext context, string name, YamlNode node)
    {
        if (AllRules.Contains(name))
        {
            context.Seen[$"{Key}.{name}"] = node;
            return true;
        }

        context.Error($"{Key}.{name}", node, $"unknown rule '{name}'{Suggestion.For(name, AllRules)}");
        return false;
    }

    private static ApprovalRules Apply(ConfigContext context, ApprovalRules rules, string name, string? text, YamlNode node, AutonomyLevel level)
    {
        var path = $"{Key}.{name}";
        if (text is null)
        {
            return rules;
        }

        void Fail(string reason) => context.Error(path, node, $"'{text}' {reason}");

        bool? Flag()
        {
            if (ConfigValues.TryBool(text, out var flag))
            {
                return flag;
            }

            Fail("is not true or false");
            return null;
        }

        decimal? Percent()
        {
            if (ConfigValues.TryPercent(text, out var fraction) is not { } error)
            {
                return fraction;
            }

            Fail(error);
            return null;
        }

        decimal? Amount()
        {
            if (ConfigValues.TryDecimal(text, out var amount))
            {
                return amount;
            }

            Fail("is not an amount");
            return null;
        }

        switch (name)
        {
            case "budget_change_percentage":
                return Percent() is { } change ? rules with { BudgetChangeFraction = change } : rules;
            case "new_campaign_creation":
                return Flag() is { } create ? rules with { NewCampaignCreation = create } : rules;
            case "pause_campaign_if_daily_spend":
                return Amount() is { } spend ? rules with { PauseCampaignIfDailySpendAbove = spend } : rules;
            case "major_strategy_change":
                return Flag() is { } major ? rules with { MajorStrategyChange = major } : rules;
            case "major_strategy_change_share_of_budget":
                return Percent() is { } share ? rules with { MajorStrategyChangeShareOfBudget = share } : rules;
            default:
                CheckEveryChangeRule(context, path, node, name, Flag(), level);
                return rules;
        }
    }

    private static void CheckEveryChangeRule(ConfigContext context, string path, YamlNode node, string name, bool? value, AutonomyLevel level)
    {
        if (value is false && level == AutonomyLevel.SemiAutonomous)
        {
            context.Error(path, node, $"autonomous_mode: partial always asks approval for every change, so {name}: false cannot be honoured; use autonomous_mode: true with budget_change_percentage to let small changes run");
        }
        else if (value is true && level == AutonomyLevel.FullAutonomous)
        {
            context.Error(path, node, $"{name}: true asks approval for every change: set autonomous_mode: partial for that, or use budget_change_percentage in full autonomous mode");
        }
    }

    [GeneratedRegex(@"^\s*(?<name>[A-Za-z_]+)\s*(?:(?:>=|>)\s*(?<value>\S.*?))?\s*$")]
    private static partial Regex Comparison();
}
