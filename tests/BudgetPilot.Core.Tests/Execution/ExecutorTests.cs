using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Memory;
using BudgetPilot.Core.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace BudgetPilot.Core.Tests.Execution;

public sealed class ExecutorTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private static readonly CampaignId Id = new(Platform.MetaAds, "111");

    private readonly FakeTimeProvider time = new(Start);
    private readonly InMemoryStore store = new();
    private readonly FakePlatform meta = new(Platform.MetaAds);

    public ExecutorTests() => meta.Add(new Campaign(Id, "Meta – Winter Promo", CampaignStatus.Active, 1000m, Start.AddDays(-30)), []);

    [Fact]
    public async Task Execute_Budget_WritesIntentBeforeAndVerifiedOutcomeAfter()
    {
        var result = await NewExecutor(store).ExecuteAsync("ws", Reduce(800m), 200m, "engine:rules", CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(800m, meta[Id].DailyBudget);
        var entries = store.AuditEntries;
        Assert.Equal([AuditKind.Intent, AuditKind.Outcome], entries.Select(e => e.Kind));
        Assert.Equal(1000m, entries[0].Before!.DailyBudget);
        Assert.Equal(800m, entries[0].After!.DailyBudget);
        Assert.Equal(200m, entries[0].Moved);
        Assert.Equal(800m, entries[1].After!.DailyBudget);
        Assert.Equal(entries[0].IdempotencyKey, entries[1].IdempotencyKey);
    }

    [Fact]
    public async Task Execute_SameActionTwice_IsSentOnce()
    {
        var executor = NewExecutor(store);
        await executor.ExecuteAsync("ws", Reduce(800m), 200m, "engine:rules", CancellationToken.None);
        var again = await executor.ExecuteAsync("ws", Reduce(800m), 200m, "engine:rules", CancellationToken.None);

        Assert.Single(meta.Writes);
        Assert.Contains("not sent again", again.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_ReplyLostAfterTheWriteApplied_IsVerifiedByReadBackAndCountedOnce()
    {
        meta.LoseNextReply = true;

        var result = await NewExecutor(store).ExecuteAsync("ws", Reduce(800m), 200m, "engine:rules", CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Contains("although the reply failed", result.Detail, StringComparison.Ordinal);
        Assert.Single(meta.Writes);
    }

    [Fact]
    public async Task Execute_PlatformDown_RecordsFailureWithTheReasonAndSendsNothing()
    {
        meta.Unreachable = true;

        var result = await NewExecutor(store).ExecuteAsync("ws", Reduce(800m), 200m, "engine:rules", CancellationToken.None);

        Assert.Equal(OutcomeStatus.Failed, result.Status);
        Assert.Contains("503", result.Detail, StringComparison.Ordinal);
        Assert.Empty(meta.Writes);
        Assert.Empty(await store.ListUnfinishedIntentsAsync("ws", CancellationToken.None));
    }

    [Fact]
    public async Task Crash_AfterThePlatformAppliedButBeforeTheOutcome_RecoveryRecordsItWithoutResending()
    {
        var crashing = new CrashingAudit(store);
        await Assert.ThrowsAsync<InvalidOperationException>(() => NewExecutor(crashing).ExecuteAsync("ws", Reduce(800m), 200m, "engine:rules", CancellationToken.None));
        Assert.Single(meta.Writes);

        var recovered = await NewExecutor(store).RecoverAsync("ws", CancellationToken.None);
        var replay = await NewExecutor(store).ExecuteAsync("ws", Reduce(800m), 200m, "engine:rules", CancellationToken.None);

        Assert.Equal(1, recovered);
        Assert.Single(meta.Writes);
        Assert.Equal(800m, meta[Id].DailyBudget);
        var outcome = Assert.Single(store.AuditEntries, e => e.Kind == AuditKind.Outcome);
        Assert.Equal(OutcomeStatus.Succeeded, outcome.Outcome);
        Assert.Contains("already shows the change", outcome.Detail, StringComparison.Ordinal);
        Assert.Contains("not sent again", replay.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Crash_AfterTheIntentBeforeThePlatformCall_RecoveryAppliesItOnce()
    {
        // The process died right after writing the intent: the platform never saw the call.
        var key = Executor.KeyOf("ws", Reduce(800m));
        await store.AppendAsync(new AuditEntry("ws", Start, AuditKind.Intent, "engine:rules", "cut")
        {
            IdempotencyKey = key,
            ActionId = Reduce(800m).ActionId,
            Campaign = Id,
            CampaignName = "Meta – Winter Promo",
            Action = ActionType.ReduceBudget,
            Before = new CampaignSnapshot(CampaignStatus.Active, 1000m),
            After = new CampaignSnapshot(CampaignStatus.Active, 800m),
            Moved = 200m,
        }, CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(15));

        await NewExecutor(store).RecoverAsync("ws", CancellationToken.None);
        await NewExecutor(store).RecoverAsync("ws", CancellationToken.None);

        Assert.Single(meta.Writes);
        Assert.Equal(key, meta.Writes[0].Key);
        Assert.Equal(800m, meta[Id].DailyBudget);
    }

    [Fact]
    public async Task Recover_IntentOlderThanTheReplayWindow_IsRecordedAsSkippedNotReplayed()
    {
        await store.AppendAsync(new AuditEntry("ws", Start, AuditKind.Intent, "engine:rules", "cut")
        {
            IdempotencyKey = "ws/old",
            ActionId = "old",
            Campaign = Id,
            Action = ActionType.ReduceBudget,
            Before = new CampaignSnapshot(CampaignStatus.Active, 1000m),
            After = new CampaignSnapshot(CampaignStatus.Active, 700m),
        }, CancellationToken.None);
        time.Advance(TimeSpan.FromHours(5));

        await NewExecutor(store).RecoverAsync("ws", CancellationToken.None);

        Assert.Empty(meta.Writes);
        Assert.Equal(OutcomeStatus.Skipped, store.AuditEntries.Last().Outcome);
    }

    private Executor NewExecutor(IAuditLog audit) => new(audit, store, new Dictionary<Platform, IAdPlatform> { [Platform.MetaAds] = meta }, time);

    private static ProposedAction Reduce(decimal to) => new(
        "20261125t0900-meta_ads:111-reducebudget", Id, "Meta – Winter Promo", ActionType.ReduceBudget,
        new CurrentState(1000m, 7000m, 9100m, 1.3m, TrendDirection.Declining), to, "Save 200/day", "ROAS 1.3", 0.93, RiskLevel.Low,
        new EstimatedImpact(200m, 190m, 10m), Urgency.Critical, "rules");

    /// <summary>An audit log whose disk dies at the first outcome: the process "crashes" between the platform call and the outcome.</summary>
    private sealed class CrashingAudit(InMemoryStore inner) : IAuditLog
    {
        public Task<AuditEntry> AppendAsync(AuditEntry entry, CancellationToken cancellationToken) =>
            entry.Kind == AuditKind.Outcome ? throw new InvalidOperationException("disk gone") : inner.AppendAsync(entry, cancellationToken);

        public Task<IReadOnlyList<AuditEntry>> ListAsync(string workspaceId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
            ((IAuditLog)inner).ListAsync(workspaceId, from, to, cancellationToken);

        public Task<IReadOnlyList<AuditEntry>> ListUnfinishedIntentsAsync(string workspaceId, CancellationToken cancellationToken) =>
            inner.ListUnfinishedIntentsAsync(workspaceId, cancellationToken);

        public Task<AuditEntry?> FindOutcomeAsync(string idempotencyKey, CancellationToken cancellationToken) => inner.FindOutcomeAsync(idempotencyKey, cancellationToken);
    }
}
