using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;

namespace BudgetPilot.Core.Execution;

/// <summary>
/// Sends approved-by-the-gate actions to their platform. The intent is written to the audit log before
/// the call and the outcome after it, under one idempotency key; the platform's state is read back and
/// compared with what was intended. A key that already has an outcome is never sent again, and an intent
/// left without one (a crash, a lost reply) is settled by <see cref="RecoverAsync"/> from a read-back,
/// so an action is applied once and never lost.
/// </summary>
public sealed class Executor(IAuditLog audit, ICampaignStore campaigns, IReadOnlyDictionary<Platform, IAdPlatform> platforms, TimeProvider time)
{
    /// <summary>An interrupted intent older than this is recorded as skipped instead of being re-sent: the world has moved on.</summary>
    public TimeSpan ReplayWindow { get; init; } = TimeSpan.FromHours(1);

    /// <summary>The same executor, stamping its audit entries and judging staleness with <paramref name="clock"/>.</summary>
    public Executor WithClock(TimeProvider clock) => new(audit, campaigns, platforms, clock) { ReplayWindow = ReplayWindow };

    public static string KeyOf(string workspaceId, ProposedAction action) => $"{workspaceId}/{action.ActionId}";

    public async Task<ExecutionResult> ExecuteAsync(string workspaceId, ProposedAction action, decimal moved, string actor, CancellationToken cancellationToken)
    {
        var key = KeyOf(workspaceId, action);
        if (await audit.FindOutcomeAsync(key, cancellationToken) is { } done)
        {
            return new ExecutionResult(key, done.Outcome ?? OutcomeStatus.Skipped, $"Already attempted under this key ({done.Outcome}); not sent again.", done.After);
        }

        if (!platforms.TryGetValue(action.Campaign.Platform, out var platform))
        {
            return await RecordAsync(workspaceId, action, key, actor, null, OutcomeStatus.Failed, $"No {action.Campaign.Platform.DisplayName()} platform is configured.", null, cancellationToken);
        }

        Campaign? current;
        try
        {
            current = await platform.GetCampaignAsync(action.Campaign, cancellationToken);
        }
        catch (PlatformException ex)
        {
            await audit.AppendAsync(Entry(workspaceId, action, AuditKind.Intent, actor, action.Reasoning, key) with { Moved = moved }, cancellationToken);
            return await RecordAsync(workspaceId, action, key, actor, null, OutcomeStatus.Failed, $"Not sent: could not read the campaign first ({ex.Message}).", null, cancellationToken);
        }

        var before = current is null ? null : CampaignSnapshot.Of(current);
        var change = ChangeFor(action, current);
        var intended = new CampaignSnapshot(change.Status ?? current?.Status ?? CampaignStatus.Active, change.DailyBudget ?? current?.DailyBudget ?? 0m);
        await audit.AppendAsync(Entry(workspaceId, action, AuditKind.Intent, actor, action.Reasoning, key) with { Before = before, After = intended, Moved = moved }, cancellationToken);
        return await SendAsync(workspaceId, platform, action, change, intended, key, actor, before, cancellationToken);
    }

    /// <summary>Settles every intent without an outcome: applied already (read-back matches), re-sent, or skipped when stale.</summary>
    public async Task<int> RecoverAsync(string workspaceId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var unfinished = await audit.ListUnfinishedIntentsAsync(workspaceId, cancellationToken);
        foreach (var intent in unfinished)
        {
            var key = intent.IdempotencyKey!;
            var action = new ProposedAction(intent.ActionId ?? key, intent.Campaign!.Value, intent.CampaignName ?? "", intent.Action ?? ActionType.ReduceBudget,
                new CurrentState(intent.Before?.DailyBudget ?? 0m, 0m, 0m, null, Analysis.TrendDirection.Stable), intent.After?.DailyBudget, "", intent.Reason,
                intent.Confidence ?? 0, RiskLevel.Low, new EstimatedImpact(0m, 0m, 0m), Urgency.Critical, intent.Actor)
            { GroupId = intent.GroupId };
            if (!platforms.TryGetValue(action.Campaign.Platform, out var platform))
            {
                continue;
            }

            var current = await platform.GetCampaignAsync(action.Campaign, cancellationToken);
            if (current is not null && Matches(current, intent.After!))
            {
                await RecordAsync(workspaceId, action, key, intent.Actor, intent.Before, OutcomeStatus.Succeeded, "Recovered after an interruption: the platform already shows the change; not sent again.", CampaignSnapshot.Of(current), cancellationToken);
                await campaigns.UpsertAsync(workspaceId, [current], cancellationToken);
            }
            else if (now - intent.At > ReplayWindow)
            {
                await RecordAsync(workspaceId, action, key, intent.Actor, intent.Before, OutcomeStatus.Skipped, $"Interrupted {(now - intent.At).TotalHours:0.#} h ago and not applied; too old to replay safely.", current is null ? null : CampaignSnapshot.Of(current), cancellationToken);
            }
            else
            {
                await SendAsync(workspaceId, platform, action, ChangeFor(action, current), intent.After!, key, intent.Actor, intent.Before, cancellationToken);
            }
        }

        return unfinished.Count;
    }

    private async Task<ExecutionResult> SendAsync(string workspaceId, IAdPlatform platform, ProposedAction action, CampaignChange change, CampaignSnapshot intended, string key, string actor, CampaignSnapshot? before, CancellationToken cancellationToken)
    {
        Campaign? readBack;
        string? failure = null;
        try
        {
            readBack = await platform.ApplyAsync(change, key, cancellationToken);
        }
        catch (PlatformException ex)
        {
            failure = ex.Message;
            readBack = await TryReadAsync(platform, action.Campaign, cancellationToken);
        }

        if (readBack is not null)
        {
            await campaigns.UpsertAsync(workspaceId, [readBack], cancellationToken);
        }

        if (readBack is not null && Matches(readBack, intended))
        {
            var detail = failure is null ? "Applied and verified by read-back." : $"Applied (verified by read-back) although the reply failed: {failure}";
            return await RecordAsync(workspaceId, action, key, actor, before, OutcomeStatus.Succeeded, detail, CampaignSnapshot.Of(readBack), cancellationToken);
        }

        var why = failure ?? $"Read-back shows {readBack?.Status} at {readBack?.DailyBudget:0.00}, expected {intended.Status} at {intended.DailyBudget:0.00}.";
        return await RecordAsync(workspaceId, action, key, actor, before, OutcomeStatus.Failed, why, readBack is null ? null : CampaignSnapshot.Of(readBack), cancellationToken);
    }

    private static async Task<Campaign?> TryReadAsync(IAdPlatform platform, CampaignId id, CancellationToken cancellationToken)
    {
        try
        {
            return await platform.GetCampaignAsync(id, cancellationToken);
        }
        catch (PlatformException)
        {
            return null;
        }
    }

    private async Task<ExecutionResult> RecordAsync(string workspaceId, ProposedAction action, string key, string actor, CampaignSnapshot? before, OutcomeStatus status, string detail, CampaignSnapshot? after, CancellationToken cancellationToken)
    {
        await audit.AppendAsync(Entry(workspaceId, action, AuditKind.Outcome, actor, action.Reasoning, key) with { Before = before, After = after, Outcome = status, Detail = detail }, cancellationToken);
        return new ExecutionResult(key, status, detail, after);
    }

    private AuditEntry Entry(string workspaceId, ProposedAction action, AuditKind kind, string actor, string reason, string key) =>
        AuditEntry.About(action, workspaceId, time.GetUtcNow(), kind, actor, reason) with { IdempotencyKey = key };

    private static CampaignChange ChangeFor(ProposedAction action, Campaign? current) => action.Type switch
    {
        ActionType.Pause => new CampaignChange(action.Campaign, CampaignStatus.Paused, null),
        ActionType.Resume => new CampaignChange(action.Campaign, CampaignStatus.Active, null),
        ActionType.Create => new CampaignChange(action.Campaign, CampaignStatus.Active, action.NewBudget) { NewCampaignName = action.CampaignName },
        _ => new CampaignChange(action.Campaign, current?.Status == CampaignStatus.Paused ? CampaignStatus.Paused : null, action.NewBudget),
    };

    private static bool Matches(Campaign campaign, CampaignSnapshot intended) =>
        campaign.Status == intended.Status && Math.Abs(campaign.DailyBudget - intended.DailyBudget) < 0.01m;
}
