using System.Globalization;
using BudgetPilot.Core.Allocation;
using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Guardrails;
using BudgetPilot.Core.Rules;

namespace BudgetPilot.Core.Approvals;

/// <summary>
/// Critical pauses that wait out a grace period ("AI will pause at 14:00 unless ROAS recovers"), and
/// the manager's three buttons on them: override, approve early, extend.
/// </summary>
public static class GraceDesk
{
    public static async Task<GracePause> ScheduleAsync(WorkspaceContext ctx, ProposedAction action, string actor, CancellationToken cancellationToken)
    {
        ctx = ctx.AtNow();
        var now = ctx.Time.GetUtcNow();
        var pause = new GracePause(Guid.NewGuid(), ctx.Id, action, now, now + ctx.Settings.GracePeriod, GraceStatus.Waiting);
        await ctx.Stores.Graces.SaveAsync(pause, cancellationToken);
        await ctx.AuditAsync(Entry(ctx, pause, AuditKind.GraceScheduled, actor, $"Will pause at {Local(ctx, pause.DueAt)} unless it recovers. {action.Reasoning}"), cancellationToken);
        return pause;
    }

    public static async Task<DeskResult> OverrideAsync(WorkspaceContext ctx, Guid id, string user, CancellationToken cancellationToken)
    {
        ctx = ctx.AtNow();
        if (await WaitingAsync(ctx, id, cancellationToken) is not { } pause)
        {
            return DeskResult.Fail($"No waiting pause {id}.");
        }

        await CloseAsync(ctx, pause, GraceStatus.Overridden, user, "Overridden by a manager: the campaign keeps running.", cancellationToken);
        await ctx.AuditAsync(Entry(ctx, pause, AuditKind.GraceOverridden, $"user:{user}", "Overridden: the pause will not happen."), cancellationToken);
        return DeskResult.Done($"'{pause.Action.CampaignName}' will not be paused.");
    }

    public static async Task<DeskResult> ExtendAsync(WorkspaceContext ctx, Guid id, string user, TimeSpan? by, CancellationToken cancellationToken)
    {
        ctx = ctx.AtNow();
        if (await WaitingAsync(ctx, id, cancellationToken) is not { } pause)
        {
            return DeskResult.Fail($"No waiting pause {id}.");
        }

        var extension = by ?? ctx.Settings.GracePeriod;
        if (extension <= TimeSpan.Zero || extension > TimeSpan.FromDays(7))
        {
            return DeskResult.Fail("An extension must be between 1 minute and 7 days.");
        }

        var extended = pause with { DueAt = pause.DueAt + extension, Extensions = pause.Extensions + 1, DecidedBy = user };
        await ctx.Stores.Graces.SaveAsync(extended, cancellationToken);
        await ctx.AuditAsync(Entry(ctx, pause, AuditKind.GraceExtended, $"user:{user}", $"Grace period extended by {extension.TotalHours:0.#} h: now pauses at {Local(ctx, extended.DueAt)} unless it recovers."), cancellationToken);
        return DeskResult.Done($"'{pause.Action.CampaignName}' now pauses at {Local(ctx, extended.DueAt)} unless it recovers.");
    }

    public static async Task<DeskResult> ApproveEarlyAsync(WorkspaceContext ctx, Guid id, string user, CancellationToken cancellationToken)
    {
        ctx = ctx.AtNow();
        if (await WaitingAsync(ctx, id, cancellationToken) is not { } pause)
        {
            return DeskResult.Fail($"No waiting pause {id}.");
        }

        var snapshot = await ctx.SnapshotAsync(cancellationToken);
        return await RunAsync(ctx, pause, snapshot, $"user:{user}", approved: true, cancellationToken);
    }

    /// <summary>
    /// Settles every pause whose grace has ended: recovered campaigns keep running, the rest meet the gate
    /// together, in one batch, so that the day's limits count every one of them.
    /// </summary>
    public static async Task<int> ProcessDueAsync(WorkspaceContext ctx, WorkspaceSnapshot snapshot, CancellationToken cancellationToken)
    {
        ctx = ctx.AtNow();
        var now = ctx.Time.GetUtcNow();
        var due = (await ctx.Stores.Graces.ListWaitingAsync(ctx.Id, cancellationToken)).Where(p => p.DueAt <= now).ToList();
        var stillBad = new List<GracePause>();
        var analyses = due.Count == 0 ? [] : snapshot.Analyses.ToDictionary(a => a.Campaign.Id);
        foreach (var pause in due)
        {
            var analysis = analyses.GetValueOrDefault(pause.Action.Campaign);
            if (analysis is not null && StillBad(ctx, pause.Action, analysis))
            {
                stillBad.Add(pause);
                continue;
            }

            var roas = analysis?.Roas7d is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";
            await CloseAsync(ctx, pause, GraceStatus.Recovered, "system", $"Recovered during the grace period (7-day ROAS now {roas}); not paused.", cancellationToken);
            await ctx.AuditAsync(Entry(ctx, pause, AuditKind.GraceRecovered, "system", $"Recovered during the grace period (7-day ROAS now {roas}): not paused."), cancellationToken);
        }

        if (stillBad.Count > 0)
        {
            var verdicts = GuardrailGate.Evaluate(ctx.Settings, snapshot.Gate, [.. stillBad.Select(p => p.Action)]);
            await new Dispatcher(ctx).DispatchAsync(verdicts, $"engine:{stillBad[0].Action.Engine}", allowGrace: false, cancellationToken);
            for (var i = 0; i < stillBad.Count; i++)
            {
                var (status, note) = Settle(verdicts[i]);
                await CloseAsync(ctx, stillBad[i], status, "system", note, cancellationToken);
            }
        }

        return due.Count;
    }

    private static (GraceStatus Status, string Note) Settle(GateVerdict verdict) => verdict.Route switch
    {
        Route.Execute => (GraceStatus.Executed, "Paused (outcome in the audit log)."),
        Route.RequireApproval => (GraceStatus.Blocked, "Sent for approval."),
        _ => (GraceStatus.Blocked, $"Not paused: {verdict.Summary}"),
    };

    private static bool StillBad(WorkspaceContext ctx, ProposedAction action, CampaignAnalysis analysis) => action.Rule switch
    {
        RuleIds.PauseRoasBelowForDays or RuleIds.PauseZeroConversions or RuleIds.PauseCpaAboveTarget =>
            SeedRuleChecks.Pause(analysis, ctx.Workspace, new RuleThresholds(), ctx.Settings.Alerts.MinSpendToCompare) is not null,
        RuleIds.StopLossNoConversions => StopLoss.Fires(analysis, ctx.Settings),
        _ => analysis.Roas7d is not { } now || action.CurrentState.Roas7d is not { } then || now < then * 1.1m,
    };

    private static async Task<DeskResult> RunAsync(WorkspaceContext ctx, GracePause pause, WorkspaceSnapshot snapshot, string actor, bool approved, CancellationToken cancellationToken)
    {
        var ids = approved ? new HashSet<string>([pause.Action.ActionId], StringComparer.Ordinal) : null;
        var verdicts = GuardrailGate.Evaluate(ctx.Settings, snapshot.Gate, [pause.Action], ids);
        var tally = await new Dispatcher(ctx).DispatchAsync(verdicts, actor, allowGrace: false, cancellationToken);
        var (status, note) = Settle(verdicts[0]);
        await CloseAsync(ctx, pause, status, actor, note, cancellationToken);
        return tally.Executed > 0 || tally.Approvals > 0 ? DeskResult.Done(note) : DeskResult.Fail(note);
    }

    private static async Task<GracePause?> WaitingAsync(WorkspaceContext ctx, Guid id, CancellationToken cancellationToken) =>
        await ctx.Stores.Graces.FindAsync(id, cancellationToken) is { Status: GraceStatus.Waiting } pause && pause.WorkspaceId == ctx.Id ? pause : null;

    private static Task CloseAsync(WorkspaceContext ctx, GracePause pause, GraceStatus status, string by, string note, CancellationToken cancellationToken) =>
        ctx.Stores.Graces.SaveAsync(pause with { Status = status, ClosedAt = ctx.Time.GetUtcNow(), DecidedBy = by, Note = note }, cancellationToken);

    private static string Local(WorkspaceContext ctx, DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, ctx.Workspace.TimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static AuditEntry Entry(WorkspaceContext ctx, GracePause pause, AuditKind kind, string actor, string reason) =>
        new Dispatcher(ctx).Entry(pause.Action, kind, actor, reason) with { Detail = pause.Id.ToString() };
}
