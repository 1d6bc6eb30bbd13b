using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Guardrails;

namespace BudgetPilot.Core.Approvals;

/// <summary>
/// A manager's approvals. Approving does not bypass the guardrails: the actions meet the gate again,
/// against today's state, with only the approval requirement lifted.
/// </summary>
public static class ApprovalDesk
{
    public static async Task<DeskResult> ApproveAsync(WorkspaceContext ctx, Guid id, string user, string? comment, CancellationToken cancellationToken)
    {
        ctx = ctx.AtNow();
        var (request, error) = await PendingAsync(ctx, id, cancellationToken);
        if (request is null)
        {
            return DeskResult.Fail(error!);
        }

        var snapshot = await ctx.SnapshotAsync(cancellationToken);
        var approved = request.Actions.Select(a => a.ActionId).ToHashSet(StringComparer.Ordinal);
        var verdicts = GuardrailGate.Evaluate(ctx.Settings, snapshot.Gate, request.Actions, approved);
        string result;
        if (verdicts.All(v => v.Route == Route.Execute))
        {
            var tally = await new Dispatcher(ctx).DispatchAsync(verdicts, $"user:{user}", allowGrace: false, cancellationToken);
            result = tally.Failed == 0 ? $"Executed {tally.Executed} change(s)." : $"Executed {tally.Executed}, {tally.Failed} failed on the platform (see the audit log).";
        }
        else
        {
            result = $"Approved but not executed: {verdicts.First(v => v.Route != Route.Execute).Summary}";
        }

        var decided = request with { Status = ApprovalStatus.Approved, DecidedBy = user, DecidedAt = ctx.Time.GetUtcNow(), Comment = comment, ExecutionResult = result };
        await ctx.Stores.Approvals.SaveAsync(decided, cancellationToken);
        await ctx.AuditAsync(Entry(ctx, request, AuditKind.Approved, $"user:{user}", $"Approved{(comment is null ? "" : $": {comment}")}. {result}"), cancellationToken);
        return DeskResult.Done(result);
    }

    public static async Task<DeskResult> RejectAsync(WorkspaceContext ctx, Guid id, string user, string? comment, CancellationToken cancellationToken)
    {
        ctx = ctx.AtNow();
        var (request, error) = await PendingAsync(ctx, id, cancellationToken);
        if (request is null)
        {
            return DeskResult.Fail(error!);
        }

        await ctx.Stores.Approvals.SaveAsync(request with { Status = ApprovalStatus.Rejected, DecidedBy = user, DecidedAt = ctx.Time.GetUtcNow(), Comment = comment }, cancellationToken);
        await ctx.AuditAsync(Entry(ctx, request, AuditKind.Rejected, $"user:{user}", $"Rejected{(comment is null ? "" : $": {comment}")}."), cancellationToken);
        return DeskResult.Done("Rejected; nothing was changed.");
    }

    /// <summary>Rejects every request left unanswered past its timeout. Returns how many expired.</summary>
    public static async Task<int> ExpireAsync(WorkspaceContext ctx, CancellationToken cancellationToken)
    {
        ctx = ctx.AtNow();
        var now = ctx.Time.GetUtcNow();
        var expired = 0;
        foreach (var request in await ctx.Stores.Approvals.ListPendingAsync(ctx.Id, cancellationToken))
        {
            if (request.ExpiresAt > now)
            {
                continue;
            }

            await ctx.Stores.Approvals.SaveAsync(request with { Status = ApprovalStatus.Expired, DecidedBy = "system", DecidedAt = now }, cancellationToken);
            await ctx.AuditAsync(Entry(ctx, request, AuditKind.Expired, "system", $"No answer within {ctx.Settings.ApprovalTimeout.TotalHours:0.#} h: rejected automatically."), cancellationToken);
            expired++;
        }

        return expired;
    }

    private static async Task<(ApprovalRequest? Request, string? Error)> PendingAsync(WorkspaceContext ctx, Guid id, CancellationToken cancellationToken)
    {
        var request = await ctx.Stores.Approvals.FindAsync(id, cancellationToken);
        if (request is null || request.WorkspaceId != ctx.Id)
        {
            return (null, $"No approval request {id}.");
        }

        if (request.Status != ApprovalStatus.Pending)
        {
            return (null, $"Request {id} is already {request.Status.ToString().ToLowerInvariant()}.");
        }

        if (request.ExpiresAt <= ctx.Time.GetUtcNow())
        {
            await ExpireAsync(ctx, cancellationToken);
            return (null, $"Request {id} expired at {request.ExpiresAt:yyyy-MM-dd HH:mm} UTC and was rejected automatically.");
        }

        return (request, null);
    }

    private static AuditEntry Entry(WorkspaceContext ctx, ApprovalRequest request, AuditKind kind, string actor, string reason) =>
        new Dispatcher(ctx).Entry(request.Primary, kind, actor, reason) with { Detail = request.Id.ToString() };
}
