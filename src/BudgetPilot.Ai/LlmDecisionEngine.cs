using System.Diagnostics;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Decisions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BudgetPilot.Ai;

/// <summary>
/// The LLM as one more proposer. It sees the deterministic engines' candidates, answers within a timeout
/// and a token budget, and is not called when nothing a decision rests on has changed since its last
/// answer. Whatever goes wrong — no answer, a bad answer, a hostile one — it returns no actions and a
/// note saying why, so the deterministic decisions stand alone. The gate judges what it does return.
/// </summary>
public sealed class LlmDecisionEngine(
    IChatClient client,
    AiOptions options,
    IReadOnlyList<IDecisionEngine> candidateEngines,
    TimeProvider time,
    ICycleLog? cycles = null,
    ILogger<LlmDecisionEngine>? logger = null) : IDecisionEngine
{
    private readonly ILogger log = logger ?? NullLogger<LlmDecisionEngine>.Instance;

    public string Name => "llm";

    public async Task<DecisionReport> DecideAsync(DecisionContext context, CancellationToken cancellationToken)
    {
        var candidates = new List<ProposedAction>();
        foreach (var engine in candidateEngines)
        {
            candidates.AddRange((await engine.DecideAsync(context, cancellationToken)).ImmediateActions);
        }

        var prompt = DecisionPrompt.Build(context, candidates);
        var last = await LastNoteAsync(context, cancellationToken);
        if (last is { Status: AiCallStatus.Answered or AiCallStatus.Skipped } && last.Fingerprint == prompt.Fingerprint)
        {
            return Report(context, Note(AiCallStatus.Skipped, "Nothing a decision rests on changed since the last analysis; the LLM was not called.", AiUsage.None, prompt) with
            {
                OverallHealth = last.OverallHealth,
                RisksAndCaveats = last.RisksAndCaveats,
                ExpectedOutcomes = last.ExpectedOutcomes,
            }, []);
        }

        // A rough 4 characters a token: enough to refuse a prompt that could not fit, before paying for it.
        var estimatedInput = (prompt.System.Length + prompt.User.Length) / 4;
        var outputRoom = Math.Min(options.MaxOutputTokens, options.MaxTokensPerCycle - estimatedInput);
        if (outputRoom < 500)
        {
            return Report(context, Note(AiCallStatus.Skipped, $"The prompt (about {estimatedInput} tokens) leaves no room for a reply within ai.max_tokens_per_cycle ({options.MaxTokensPerCycle}); the LLM was not called.", AiUsage.None, prompt), []);
        }

        var clock = Stopwatch.StartNew();
        using var timeout = new CancellationTokenSource(options.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        ChatResponse response;
        try
        {
            response = await client.GetResponseAsync(
                [new ChatMessage(ChatRole.System, prompt.System), new ChatMessage(ChatRole.User, prompt.User)],
                new ChatOptions { MaxOutputTokens = outputRoom, Temperature = 0f, ResponseFormat = ChatResponseFormat.Json },
                linked.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            log.LogWarning("LLM call timed out after {Timeout}", options.Timeout);
            return Report(context, Note(AiCallStatus.Failed, $"The LLM did not answer within {options.Timeout.TotalSeconds:0} s; the deterministic decisions stand.", AiUsage.None, prompt), []);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            log.LogWarning(ex, "LLM call failed");
            return Report(context, Note(AiCallStatus.Failed, $"The LLM call failed ({Describe(ex)}); the deterministic decisions stand.", AiUsage.None, prompt), []);
        }

        var input = response.Usage?.InputTokenCount ?? 0;
        var output = response.Usage?.OutputTokenCount ?? 0;
        var usage = new AiUsage(input, output, options.CostOf(input, output), clock.Elapsed);
        var parsed = DecisionReply.Parse(response.Text, context, Name);
        foreach (var d in parsed.Dropped)
        {
            log.LogWarning("LLM decision dropped: {Campaign} {Reason}", d.Campaign, d.Reason);
        }

        var summary = parsed.Fatal is { } fatal
            ? fatal
            : parsed.Dropped.Count == 0
                ? $"{parsed.Actions.Count} decision(s) proposed, all passed validation and go to the guardrails."
                : $"{parsed.Actions.Count} decision(s) passed validation; {parsed.Dropped.Count} dropped before the guardrails.";
        var note = Note(parsed.Fatal is null ? AiCallStatus.Answered : AiCallStatus.Failed, summary, usage, prompt) with
        {
            OverallHealth = parsed.OverallHealth,
            RisksAndCaveats = parsed.Risks,
            ExpectedOutcomes = parsed.Outcomes,
            Accepted = parsed.Actions.Count,
            Dropped = parsed.Dropped,
        };
        return Report(context, note, parsed.Actions);
    }

    private AiNote Note(AiCallStatus status, string summary, AiUsage usage, DecisionPrompt.Prompt prompt) =>
        new(options.Provider.ToString(), options.Model, status, summary, null, [], null, 0, [], usage) { Fingerprint = prompt.Fingerprint };

    private static DecisionReport Report(DecisionContext ctx, AiNote note, IReadOnlyList<ProposedAction> actions) =>
        new(ctx.Now, note.OverallHealth ?? OverallHealth.Good, actions, [], BudgetReallocation.None,
            note.ExpectedOutcomes ?? new ExpectedOutcomes(null, null, "n/a", 0m), note.RisksAndCaveats)
        {
            Ai = note,
        };

    private async Task<AiNote?> LastNoteAsync(DecisionContext ctx, CancellationToken cancellationToken)
    {
        if (cycles is null)
        {
            return null;
        }

        var recent = await cycles.ListAsync(ctx.Workspace.Id, ctx.Now - TimeSpan.FromDays(1), ctx.Now, cancellationToken);
        return recent.Select(c => c.Report?.Ai).FirstOrDefault(a => a is not null);
    }

    /// <summary>Rate limits and overload are the provider's weather, not our bug: say which, briefly.</summary>
    internal static string Describe(Exception ex)
    {
        var text = ex.Message;
        var kind = text.Contains("529", StringComparison.Ordinal) || text.Contains("overloaded", StringComparison.OrdinalIgnoreCase) ? "provider overloaded (529)"
            : text.Contains("429", StringComparison.Ordinal) || text.Contains("rate_limit", StringComparison.OrdinalIgnoreCase) || text.Contains("rate limit", StringComparison.OrdinalIgnoreCase) ? "rate limited (429)"
            : ex.GetType().Name;
        var first = text.Split('\n')[0];
        return $"{kind}: {(first.Length > 200 ? first[..200] + "…" : first)}";
    }
}
