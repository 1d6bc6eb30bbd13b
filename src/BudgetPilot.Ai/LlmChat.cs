using System.ComponentModel;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BudgetPilot.Ai;

/// <summary>
/// The chat with an LLM: it answers only through tools over the host's facts (campaign lookup, action
/// history, metrics, the plan, a gated proposal), so every number it gives comes from the audit log or the
/// metrics. A failure or a timeout returns null and the host answers deterministically instead.
/// </summary>
public sealed class LlmChat(IChatClient client, AiOptions options, TimeProvider time, ILogger<LlmChat>? logger = null)
{
    private readonly ILogger log = logger ?? NullLogger<LlmChat>.Instance;

    public const string System = """
        You are BudgetPilot's assistant for a marketing manager. Answer in a few short lines, with numbers.
        Use the tools for every fact: never invent a figure, a campaign or an action. To change anything, call
        propose_action: it goes through the guardrails and approval rules, and its answer says what happened.
        Never claim a change was made unless propose_action said so.
        """;

    public sealed record Answer(IReadOnlyList<string> Lines, long InputTokens, long OutputTokens, decimal Cost);

    public async Task<Answer?> AskAsync(string question, IChatFacts facts, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(options.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var ct = linked.Token;
        AITool[] tools =
        [
            AIFunctionFactory.Create(
                ([Description("Words from the campaign's name")] string words) => facts.FindCampaignAsync(words, ct),
                "find_campaign", "Finds campaigns by words of their name: id, platform, status, budget, 7-day ROAS."),
            AIFunctionFactory.Create(
                ([Description("Campaign id (platform:id) or name")] string campaign) => facts.ActionHistoryAsync(campaign, ct),
                "action_history", "What BudgetPilot did to a campaign, when, why, with the numbers and the confidence, from the audit log."),
            AIFunctionFactory.Create(
                ([Description("google, meta, tiktok or linkedin")] string platform, [Description("true for today, false for the last 7 days")] bool today) => facts.PlatformMetricsAsync(platform, today, ct),
                "platform_metrics", "ROAS, spend, revenue, conversions and CPA of one platform, today or over 7 days, against the period before."),
            AIFunctionFactory.Create(() => facts.PlanAsync(ct), "plan", "What BudgetPilot will do next: waiting pauses, pending approvals, the last analysis's proposals."),
            AIFunctionFactory.Create(
                ([Description("Campaign id (platform:id) or name")] string campaign, [Description("PAUSE, INCREASE_BUDGET or REDUCE_BUDGET")] string action, [Description("New daily budget; omit for PAUSE")] decimal? newBudget) => facts.ProposeAsync(campaign, action, newBudget, ct),
                "propose_action", "Proposes a change the manager asked for. It meets the guardrails and the approval rules; the answer says whether it ran, waits for approval or was refused."),
        ];

        using var chat = new ChatClientBuilder(client).UseFunctionInvocation(configure: f => f.MaximumIterationsPerRequest = 5).Build();
        try
        {
            var response = await chat.GetResponseAsync(
                [new ChatMessage(ChatRole.System, System), new ChatMessage(ChatRole.User, question)],
                new ChatOptions { Tools = tools, MaxOutputTokens = Math.Min(options.MaxOutputTokens, 1_000), Temperature = 0f },
                ct);
            var lines = response.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (lines.Length == 0)
            {
                return null;
            }

            var input = response.Usage?.InputTokenCount ?? 0;
            var output = response.Usage?.OutputTokenCount ?? 0;
            return new Answer(lines, input, output, options.CostOf(input, output));
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The deterministic interpreter answers instead; the reason goes to the log, not to the manager.
            log.LogWarning(ex, "LLM chat failed; answering deterministically");
            return null;
        }
    }
}
