using System.Globalization;
using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Execution;
using BudgetPilot.Web.Audit;

using BudgetPilot.Web.Reading;

namespace BudgetPilot.Web.Chat;

/// <summary>
/// The deterministic interpreter, used when no LLM is configured: "why did you pause X?" from the audit log, with its numbers;
/// "what is TikTok's ROAS this week?" from the metrics; "what will you do next?"; and commands that become gated proposals.
/// </summary>
public static class ChatDesk
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task<ChatAnswer> AnswerAsync(WorkspaceContext ctx, SnapshotCache snapshots, string question, CancellationToken cancellationToken, ChatUser? user = null)
    {
        var snapshot = await snapshots.GetAsync(ctx, cancellationToken);
        var q = question.ToLowerInvariant();
        if (ChatCommands.Parse(question) is { } command)
        {
            var answer = await ChatCommands.RunAsync(ctx, question, command, CampaignIn(command.Target.ToLowerInvariant(), snapshot.Analyses), user ?? new ChatUser("unknown", false), cancellationToken);
            snapshots.Invalidate();
            return answer;
        }

        if (q.Contains("next", StringComparison.Ordinal) || q.Contains("plan", StringComparison.Ordinal) || q.Contains("going to", StringComparison.Ordinal))
        {
            return await ChatNext.AnswerAsync(ctx, question, cancellationToken);
        }

        var platform = PlatformIn(q);
        var campaign = CampaignIn(q, snapshot.Analyses);
        if (campaign is not null && (q.Contains("why", StringComparison.Ordinal) || platform is null))
        {
            return await WhyAsync(ctx, question, campaign, cancellationToken);
        }

        if (platform is { } p)
        {
            return Metrics(ctx, question, p, snapshot.Analyses.Where(a => a.Campaign.Id.Platform == p).ToList(), q.Contains("today", StringComparison.Ordinal));
        }

        return new ChatAnswer(question, [
            "I answer from the audit log and the metrics:",
            "• \"Why did you pause <campaign>?\" — the numbers behind the last action on it.",
            "• \"What is TikTok's ROAS this week?\" — ROAS, spend and revenue of a platform (Google, Meta, TikTok, LinkedIn).",
            "• \"What will you do next?\" — waiting pauses, approvals and the last analysis's plan.",
            "• \"Pause <campaign>\", \"Increase <campaign> by 20%\" — a proposal that goes through the guardrails and approval rules.",
        ], "help");
    }

    internal static async Task<ChatAnswer> WhyAsync(WorkspaceContext ctx, string question, CampaignAnalysis a, CancellationToken cancellationToken)
    {
        var now = ctx.Time.GetUtcNow();
        var audit = await ctx.Stores.Audit.ListAsync(ctx.Id, now - Analyzer.History, now + TimeSpan.FromTicks(1), cancellationToken);
        var mine = audit.Where(e => e.Campaign == a.Campaign.Id && e.Kind != AuditKind.Intent).ToList();
        var lines = new List<string>();
        var money = ctx.Workspace.Currency;
        if (mine.Count == 0)
        {
            lines.Add($"I have taken no action on '{a.Campaign.Name}' in the last {Analyzer.History.TotalDays:0} days.");
        }
        else
        {
            var last = mine.LastOrDefault(e => e.Kind == AuditKind.Outcome && e.Outcome == OutcomeStatus.Succeeded) ?? mine[^1];
            var local = TimeZoneInfo.ConvertTime(last.At, ctx.Workspace.TimeZone);
            lines.Add($"{local.ToString("yyyy-MM-dd HH:mm", Inv)} — {AuditViews.What(last)} ({last.Actor}).");
            lines.Add($"Why: {last.Reason}");
            if (last.Before?.DailyBudget is { } before)
            {
                var after = last.After?.DailyBudget;
                lines.Add(after is { } x && x != before
                    ? string.Create(Inv, $"Budget: {before:N0} → {x:N0} {money}/day.")
                    : string.Create(Inv, $"Budget at the time: {before:N0} {money}/day{(last.Action == Core.Decisions.ActionType.Pause ? ", no longer spent" : "")}."));
            }

            if (last.GroupId is { } group)
            {
                foreach (var leg in audit.Where(e => e.GroupId == group && e.Campaign != a.Campaign.Id && e.Kind == AuditKind.Outcome && e.Outcome == OutcomeStatus.Succeeded))
                {
                    lines.Add(string.Create(Inv, $"The budget went to '{leg.CampaignName}': {leg.Before?.DailyBudget:N0} → {leg.After?.DailyBudget:N0} {money}/day."));
                }
            }

            if (last.Confidence is { } c)
            {
                lines.Add(string.Create(Inv, $"Confidence: {c * 100:0}%."));
            }
        }

        lines.Add(string.Create(Inv, $"Now: 7-day ROAS {Fmt(a.Roas7d)} (target {ctx.Workspace.MinRoas:0.0}), CPA {Fmt(a.Windows.Last7d.Cpa)} {money}, spend {a.Windows.Last7d.Spend:N0} {money} over 7 days; status {a.Campaign.Status}."));
        return new ChatAnswer(question, lines, "audit log");
    }

    internal static ChatAnswer Metrics(WorkspaceContext ctx, string question, Platform platform, IReadOnlyList<CampaignAnalysis> analyses, bool today)
    {
        if (analyses.Count == 0)
        {
            return new ChatAnswer(question, [$"There is no {platform.DisplayName()} campaign in this workspace."], "metrics");
        }

        var window = today ? "today" : "over the last 7 days";
        var k = analyses.Aggregate(Kpis.Empty, (s, a) => s.Plus(today ? a.Windows.Today : a.Windows.Last7d));
        var prior = analyses.Aggregate(Kpis.Empty, (s, a) => s.Plus(today ? a.Windows.Yesterday : a.Windows.Prior7d));
        var change = CampaignAnalysis.Change(k.Roas, prior.Roas);
        var best = analyses.Where(a => a.Roas7d is not null).OrderByDescending(a => a.Roas7d).FirstOrDefault();
        var money = ctx.Workspace.Currency;
        List<string> lines = [
            string.Create(Inv, $"{platform.DisplayName()} ROAS {window}: {Fmt(k.Roas)} (target {ctx.Workspace.MinRoas:0.0}) — revenue {k.Value:N0} {money} on spend {k.Spend:N0} {money}, {k.Conversions:N0} conversions, CPA {Fmt(k.Cpa)} {money}."),
            string.Create(Inv, $"vs {(today ? "yesterday" : "the 7 days before")}: {Fmt(prior.Roas)}{(change is { } c ? $" ({c:+0%;-0%})" : "")}."),
            $"{analyses.Count} campaign(s); {analyses.Count(a => a.Campaign.IsActive)} active.",
        ];
        if (best is not null)
        {
            lines.Add(string.Create(Inv, $"Best: '{best.Campaign.Name}' at ROAS {Fmt(best.Roas7d)}."));
        }

        return new ChatAnswer(question, lines, "metrics");
    }

    internal static Platform? PlatformIn(string q) =>
        q.Contains("tiktok", StringComparison.Ordinal) ? Platform.TikTokAds
        : q.Contains("meta", StringComparison.Ordinal) || q.Contains("facebook", StringComparison.Ordinal) ? Platform.MetaAds
        : q.Contains("google", StringComparison.Ordinal) ? Platform.GoogleAds
        : q.Contains("linkedin", StringComparison.Ordinal) ? Platform.LinkedInAds
        : null;

    /// <summary>The campaign whose name shares the most words with the question (words of 3+ letters other than the platform's).</summary>
    internal static CampaignAnalysis? CampaignIn(string q, IReadOnlyList<CampaignAnalysis> analyses)
    {
        string[] ignore = ["the", "why", "did", "you", "pause", "paused", "campaign", "meta", "google", "tiktok", "linkedin", "ads", "what", "this", "week", "increase", "reduce", "budget"];
        var words = Words(q).Where(w => w.Length >= 3 && !ignore.Contains(w)).ToHashSet(StringComparer.Ordinal);
        return analyses
            .Select(a => (a, score: Words(a.Campaign.Name.ToLowerInvariant()).Count(words.Contains)))
            .Where(x => x.score > 0)
            .OrderByDescending(x => x.score).ThenBy(x => x.a.Campaign.Name.Length)
            .Select(x => x.a)
            .FirstOrDefault();
    }

    private static IEnumerable<string> Words(string text) => text.Split([' ', '-', '–', '"', '\'', '?', '!', ',', '.', ':', '(', ')', '’'], StringSplitOptions.RemoveEmptyEntries);

    private static string Fmt(decimal? v) => v is { } x ? x.ToString("0.00", Inv) : "n/a";
}
