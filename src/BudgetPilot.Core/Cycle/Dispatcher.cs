using BudgetPilot.Core.Approvals;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Guardrails;

namespace BudgetPilot.Core.Cycle;

/// <summary>
/// Carries out the gate's verdicts: executes, schedules a critical pause behind its grace period,
/// queues an approval (one per reallocation group), or records advice and refusals in the audit log.
/// </summary>
public sealed class Dispatcher(WorkspaceContext context)
{
    // One instant for the whole dispatch: the requests' expiry, the graces' due times and every audit stamp.
    private readonly WorkspaceContext ctx = context.AtNow();

    public sealed record Tally(int Executed, int Failed, int Approvals, int Graces, int Advised, int Rejected);

    /// <param name="alreadySaid">Advice and refusals already recorded recently are not written again every cycle.</param>
    public async Task<Tally> DispatchAsync(IReadOnlyList<GateVerdict> verdicts, string actor, bool allowGrace, CancellationToken cancellationToken, Func<ProposedAction, AuditKind, bool>? alreadySaid = null)
    {
        alreadySaid ??= (_, _) => false;
        int executed = 0, failed = 0, approvals = 0, graces = 0, advised = 0, rejected = 0;
        var now = ctx.Time.GetUtcNow();
        foreach (var unit in verdicts.GroupBy(v => v.Action.GroupId ?? v.Action.ActionId))
        {
            var first = unit.First();
            switch (first.Route)
            {
                case Route.Execute when allowGrace && ctx.Settings.GracePeriod > TimeSpan.Zero && first.Action is { Type: ActionType.Pause, Urgency: Urgency.Critical } && unit.Count() == 1:
                    await GraceDesk.ScheduleAsync(ctx, first.Action, actor, cancellationToken);
                    graces++;
                    break;
                case Route.Execute:
                    // Cuts before raises: between two platform calls the total must already hold.
                    foreach (var v in unit.OrderBy(v => (v.Action.NewBudget ?? 0m) - v.BudgetBefore))
                    {
                        var result = await ctx.Executor.ExecuteAsync(ctx.Id, v.Action, v.Moved, actor, cancellationToken);
                        _ = result.Succeeded ? executed++ : failed++;
                    }

                    break;
                case Route.RequireApproval:
                    var request = new ApprovalRequest(Guid.NewGuid(), ctx.Id, [.. unit.Select(v => v.Action)], first.Summary, now, now + ctx.Settings.ApprovalTimeout, ApprovalStatus.Pending);
                    await ctx.Stores.Approvals.SaveAsync(request, cancellationToken);
                    await ctx.AuditAsync(Entry(first.Action, AuditKind.ApprovalRequested, actor, $"{first.Summary} Expires {request.ExpiresAt:yyyy-MM-dd HH:mm} UTC.") with { Detail = request.Id.ToString() }, cancellationToken);
                    approvals++;
                    break;
                case Route.Advise:
                    foreach (var v in unit.Where(v => !alreadySaid(v.Action, AuditKind.Advised)))
                    {
                        await ctx.AuditAsync(Entry(v.Action, AuditKind.Advised, actor, v.Action.Reasoning), cancellationToken);
                    }

                    advised += unit.Count();
                    break;
                default:
                    foreach (var v in unit.Where(v => !alreadySaid(v.Action, AuditKind.GuardrailRejected)))
                    {
                        await ctx.AuditAsync(Entry(v.Action, AuditKind.GuardrailRejected, actor, v.Summary), cancellationToken);
                    }

                    rejected += unit.Count();
                    break;
            }
        }

        return new Tally(executed, failed, approvals, graces, advised, rejected);
    }

    internal AuditEntry Entry(ProposedAction action, AuditKind kind, string actor, string reason) =>
        AuditEntry.About(action, ctx.Id, ctx.Time.GetUtcNow(), kind, actor, reason) with
        {
            Before = new CampaignSnapshot(Campaigns.CampaignStatus.Active, action.CurrentState.Budget),
            After = action.NewBudget is { } b ? new CampaignSnapshot(Campaigns.CampaignStatus.Active, b) : null,
        };
}
