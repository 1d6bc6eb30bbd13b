using System.Globalization;
using BudgetPilot.Ai;
using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Web.Reading;

namespace BudgetPilot.Web.Chat;

/// <summary>
/// The LLM chat's tools, answered by the same code as the deterministic chat, so both say the same numbers.
/// A proposal goes through <see cref="ChatCommands"/>, and so through the gate and the approval rules.
/// </summary>
public sealed class ChatFacts(WorkspaceContext ctx, SnapshotCache snapshots, ChatUser user, string question) : IChatFacts
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public async Task<string> FindCampaignAsync(string words, CancellationToken cancellationToken)
    {
        var analyses = (await snapshots.GetAsync(ctx, cancellationToken)).Analyses;
        var found = Resolve(words, analyses) is { } one ? [one] : analyses.Where(a => a.Campaign.Name.Contains(words, StringComparison.OrdinalIgnoreCase)).Take(5).ToList();
        return found.Count == 0
            ? $"No campaign matches '{words}'. Campaigns: {string.Join(", ", analyses.Select(a => $"'{a.Campaign.Name}' ({a.Campaign.Id})"))}."
            : string.Join("\n", found.Select(a => string.Create(Inv, $"{a.Campaign.Id} '{a.Campaign.Name}': {a.Campaign.Status}, budget {a.Campaign.DailyBudget:0.##} {ctx.Workspace.Currency}/day, 7-day ROAS {a.Roas7d:0.00}")));
    }

    public async Task<string> ActionHistoryAsync(string campaign, CancellationToken cancellationToken)
    {
        var a = Resolve(campaign, (await snapshots.GetAsync(ctx, cancellationToken)).Analyses);
        return a is null ? $"No campaign matches '{campaign}'." : Text(await ChatDesk.WhyAsync(ctx, question, a, cancellationToken));
    }

    public async Task<string> PlatformMetricsAsync(string platform, bool today, CancellationToken cancellationToken)
    {
        Platform? p = PlatformKeys.TryParse(platform, out var parsed) ? parsed : ChatDesk.PlatformIn(platform.ToLowerInvariant());
        if (p is null)
        {
            return $"'{platform}' is not a platform (google, meta, tiktok, linkedin).";
        }

        var analyses = (await snapshots.GetAsync(ctx, cancellationToken)).Analyses;
        return Text(ChatDesk.Metrics(ctx, question, p.Value, [.. analyses.Where(a => a.Campaign.Id.Platform == p)], today));
    }

    public async Task<string> PlanAsync(CancellationToken cancellationToken) => Text(await ChatNext.AnswerAsync(ctx, question, cancellationToken));

    public async Task<string> ProposeAsync(string campaign, string action, decimal? newBudget, CancellationToken cancellationToken)
    {
        ActionType? type = action.Trim().ToUpperInvariant() switch
        {
            "PAUSE" => ActionType.Pause,
            "INCREASE_BUDGET" => ActionType.IncreaseBudget,
            "REDUCE_BUDGET" => ActionType.ReduceBudget,
            _ => null,
        };
        if (type is null || (type != ActionType.Pause && newBudget is null))
        {
            return $"Not proposed: action must be PAUSE, or INCREASE_BUDGET/REDUCE_BUDGET with newBudget (got '{action}', {newBudget?.ToString(Inv) ?? "no budget"}).";
        }

        var a = Resolve(campaign, (await snapshots.GetAsync(ctx, cancellationToken)).Analyses);
        var answer = await ChatCommands.RunAsync(ctx, question, new ChatCommands.Parsed(type.Value, campaign, newBudget, Percent: false, To: true), a, user, cancellationToken);
        snapshots.Invalidate();
        return Text(answer);
    }

    private static CampaignAnalysis? Resolve(string text, IReadOnlyList<CampaignAnalysis> analyses)
    {
        var byId = analyses.FirstOrDefault(a => string.Equals(a.Campaign.Id.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase));
        return byId ?? ChatDesk.CampaignIn(text.ToLowerInvariant(), analyses);
    }

    private static string Text(ChatAnswer answer) => string.Join("\n", answer.Lines);
}
