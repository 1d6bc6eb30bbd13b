using System.Globalization;
using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Approvals;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Guardrails;

namespace BudgetPilot.Core.Commands;

/// <summary>
/// A manager's command given in words ("pause X", "increase Y by 20%"): it becomes one proposal that meets
/// the gate and the approval rules exactly as an engine's would. Giving a command is not approving it.
/// </summary>
public static class CommandDesk
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The proposal for <paramref name="type"/> on <paramref name="a"/>; <paramref name="newBudget"/> is required for budget changes.</summary>
    public static ProposedAction Proposal(CampaignAnalysis a, ActionType type, decimal? newBudget, string actor, string said, DateTimeOffset now)
    {
        var budget = a.Campaign.DailyBudget;
        var change = type == ActionType.Pause ? "Pause" : string.Create(Inv, $"Budget {budget:0.##} → {newBudget:0.##}");
        return new ProposedAction(
            string.Create(Inv, $"{now:yyyyMMdd'T'HHmmss}-{a.Campaign.Id}-{type}-chat").ToLowerInvariant(),
            a.Campaign.Id,
            a.Campaign.Name,
            type,
            new CurrentState(budget, a.Windows.Last7d.Spend, a.Windows.Last7d.Value, a.Roas7d, a.RoasTrend.Direction),
            type == ActionType.Pause ? null : newBudget,
            $"{change}, as asked by {actor}",
            $"Asked in chat by {actor}: \"{said}\". {change}.",
            1.0,
            RiskLevel.Medium,
            new EstimatedImpact(0m, 0m, 0m),
            type is ActionType.Pause or ActionType.ReduceBudget ? Urgency.Critical : Urgency.Opportunity,
            "chat")
        { Rule = "chat.command" };
    }

    /// <summary>Gates and dispatches the proposal; the answer says where it went (executed, waiting for approval, advice, refused and why).</summary>
    public static async Task<DeskResult> ProposeAsync(WorkspaceContext ctx, ProposedAction action, string actor, CancellationToken cancellationToken)
    {
        ctx = ctx.AtNow();
        var snapshot = await ctx.SnapshotAsync(cancellationToken);
        var verdicts = GuardrailGate.Evaluate(ctx.Settings, snapshot.Gate, [action]);
        var tally = await new Dispatcher(ctx).DispatchAsync(verdicts, actor, allowGrace: false, cancellationToken);
        var verdict = verdicts[0];
        return verdict.Route switch
        {
            Route.Execute when tally.Executed > 0 => DeskResult.Done($"Done: {Describe(action)}."),
            Route.Execute => DeskResult.Fail($"The platform refused {Describe(action)} (see the audit log)."),
            Route.RequireApproval => DeskResult.Done($"Queued for approval: {Describe(action)}. {verdict.Summary}"),
            Route.Advise => DeskResult.Done($"Recorded as advice only (autonomy {ctx.Settings.Autonomy}): {Describe(action)}."),
            _ => DeskResult.Fail($"The guardrails refused {Describe(action)}: {verdict.Summary}"),
        };
    }

    private static string Describe(ProposedAction a) => a.Type == ActionType.Pause
        ? $"pause '{a.CampaignName}'"
        : string.Create(Inv, $"'{a.CampaignName}' budget {a.CurrentState.Budget:0.##} → {a.NewBudget:0.##}");
}
