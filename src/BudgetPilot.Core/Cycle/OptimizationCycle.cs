using System.Diagnostics;
using BudgetPilot.Core.Alerts;
using BudgetPilot.Core.Approvals;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Guardrails;

namespace BudgetPilot.Core.Cycle;

/// <summary>
/// One turn of the seed's loop for one workspace: collect, analyse, detect, decide, keep the confident,
/// gate, then execute / ask / advise, and record it all. Every step's failure is caught, recorded and
/// raised as an alert; the cycle always finishes and returns its record. All state is in the stores.
/// </summary>
public sealed class OptimizationCycle(WorkspaceContext context, IReadOnlyList<IAdPlatform> platforms, IReadOnlyList<IDecisionEngine> engines) : ICycleRunner
{
    private static readonly IReadOnlySet<AlertKind> CampaignKinds = new HashSet<AlertKind>
    {
        AlertKind.RoasDrop, AlertKind.CpaIncrease, AlertKind.ZeroConversions, AlertKind.CtrDrop, AlertKind.CpcSpike,
    };

    private static readonly IReadOnlySet<AlertKind> SystemKinds = new HashSet<AlertKind> { AlertKind.PlatformUnreachable, AlertKind.DataRejected, AlertKind.CycleFailed };

    public async Task<CycleRecord> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        // One instant for the whole cycle (invariant 11): every step, stamp, expiry and due time reads `now`.
        var ctx = context.At(now);
        var clock = Stopwatch.StartNew();
        var errors = new List<string>();
        var counts = new CycleCounts();
        DecisionReport? report = null;
        var system = new List<Detection>();
        var hourMark = now.Minute * 60 + now.Second < ctx.Settings.MonitoringInterval.TotalSeconds;
        var local = TimeZoneInfo.ConvertTime(now, ctx.Workspace.TimeZone);
        var firstOfDay = local.Hour == 0 && hourMark;

        async Task Step(string name, Func<Task> step)
        {
            try
            {
                await step();
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                errors.Add($"{name}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        await Step("recovery", () => ctx.Executor.RecoverAsync(ctx.Id, cancellationToken));
        var bootstrap = false;
        await Step("collection", async () =>
        {
            bootstrap = (await ctx.Stores.Cycles.ListAsync(ctx.Id, now - TimeSpan.FromDays(1), now, cancellationToken)).Count == 0;
            var collected = await new Collector(ctx, platforms).CollectAsync(now, firstOfDay, hourMark, bootstrap, cancellationToken);
            counts = counts with { SamplesCollected = collected.Samples, RowsRejected = collected.Rejected };
            system.AddRange(collected.Problems);
        });

        WorkspaceSnapshot? snapshot = null;
        await Step("analysis", async () => snapshot = await WorkspaceSnapshot.LoadAsync(ctx.Stores, ctx.Workspace, ctx.Settings, now, cancellationToken));
        if (snapshot is not null)
        {
            var s = snapshot;
            IReadOnlyList<Alert> open = [];
            await Step("detection", async () =>
            {
                var detections = s.Analyses.SelectMany(a => Detectors.Detect(a, ctx.Settings.Alerts)).ToList();
                var changes = await ReconcileAsync(ctx, detections, CampaignKinds, now, cancellationToken);
                counts = counts with { CampaignsAnalysed = s.Analyses.Count, AlertsOpened = changes.Opened.Count, AlertsResolved = changes.Resolved.Count };
                open = await ctx.Stores.Alerts.ListOpenAsync(ctx.Id, cancellationToken);
            });
            await Step("approvals", async () => counts = counts with { ApprovalsExpired = await ApprovalDesk.ExpireAsync(ctx, cancellationToken) });
            var settled = 0;
            await Step("grace periods", async () => settled = await GraceDesk.ProcessDueAsync(ctx, s, cancellationToken));
            await Step("decision", async () =>
            {
                // Only a settled grace period changes what the decision must see; otherwise the snapshot stands.
                var fresh = settled > 0 ? await WorkspaceSnapshot.LoadAsync(ctx.Stores, ctx.Workspace, ctx.Settings, now, cancellationToken) : s;
                var outcome = await DecideAndActAsync(ctx, fresh, open, hourMark, bootstrap, now, cancellationToken);
                report = outcome.Report;
                counts = counts with
                {
                    Proposed = outcome.Proposed,
                    BelowConfidence = outcome.BelowConfidence,
                    Executed = outcome.Tally.Executed,
                    ExecutionFailed = outcome.Tally.Failed,
                    ApprovalsRequested = outcome.Tally.Approvals,
                    GraceScheduled = outcome.Tally.Graces,
                    Advised = outcome.Tally.Advised,
                    GuardrailRejected = outcome.Tally.Rejected,
                };
            });
        }

        if (errors.Count > 0)
        {
            system.Add(new Detection(null, AlertKind.CycleFailed, AlertSeverity.High, $"Cycle at {now:yyyy-MM-dd HH:mm} UTC hit {errors.Count} error(s): {errors[0]}", errors.Count, null));
        }

        await Step("system alerts", () => ReconcileAsync(ctx, system, SystemKinds, now, cancellationToken));
        var record = new CycleRecord(Guid.NewGuid(), ctx.Id, now, clock.Elapsed, hourMark, report, counts, errors);
        await Step("cycle log", () => ctx.Stores.Cycles.SaveAsync(record, cancellationToken));
        if (snapshot is not null && ctx.Analysed is { } analysed)
        {
            try
            {
                analysed(snapshot);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A reader's failure is not the cycle's: the record is already saved and stands.
                Trace.TraceWarning($"Cycle at {now:O}: publishing its analyses failed: {ex.Message}");
            }
        }

        return record;
    }

    private static async Task<AlertBook.Changes> ReconcileAsync(WorkspaceContext ctx, IReadOnlyList<Detection> detections, IReadOnlySet<AlertKind> scope, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var open = await ctx.Stores.Alerts.ListOpenAsync(ctx.Id, cancellationToken);
        var changes = AlertBook.Reconcile(ctx.Id, open, detections, scope, now, Guid.NewGuid);
        if (changes.Opened.Count + changes.Updated.Count + changes.Resolved.Count > 0)
        {
            await ctx.Stores.Alerts.SaveAsync(changes.All, cancellationToken);
        }

        return changes;
    }

    private sealed record Decided(DecisionReport Report, int Proposed, int BelowConfidence, Dispatcher.Tally Tally);

    private async Task<Decided> DecideAndActAsync(WorkspaceContext ctx, WorkspaceSnapshot snapshot, IReadOnlyList<Alert> open, bool hourMark, bool firstCycle, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cap = ctx.Settings.Guardrails.MaxBudgetReallocationPerDayFraction * ctx.Workspace.TotalDailyBudget;
        var context = new DecisionContext(ctx.Workspace, ctx.Settings, now, snapshot.Analyses, open, snapshot.LastChangedAt, hourMark,
            Math.Max(0m, cap - snapshot.Gate.Ledger.Moved), Math.Max(0, ctx.Settings.Guardrails.MaxDailyAdjustments - snapshot.Gate.Ledger.Executed))
        { FirstCycle = firstCycle };

        var reports = new List<DecisionReport>();
        foreach (var engine in engines)
        {
            reports.Add(await engine.DecideAsync(context, cancellationToken) with { Engine = engine.Name });
        }

        var report = Merge(reports, now);
        var busy = await BusyCampaignsAsync(ctx, cancellationToken);

        // A manager who overrode a pause has taken that campaign in hand: no new proposal for it during the cooldown.
        busy.UnionWith(snapshot.RecentAudit
            .Where(e => e.Kind == AuditKind.GraceOverridden && e.Campaign is not null && now - e.At < ctx.Settings.ChangeCooldown)
            .Select(e => e.Campaign!.Value));

        // Nor is a request that a manager rejected, or let expire, asked again straight away.
        busy.UnionWith(snapshot.RecentAudit
            .Where(e => e.Kind is AuditKind.Rejected or AuditKind.Expired && e.Campaign is not null && now - e.At < ctx.Settings.RequestCooldown)
            .Select(e => e.Campaign!.Value));
        var blockedGroups = report.ImmediateActions.Where(a => a.GroupId is not null && busy.Contains(a.Campaign)).Select(a => a.GroupId).ToHashSet();
        var proposals = report.ImmediateActions.Where(a => a.GroupId is null ? !busy.Contains(a.Campaign) : !blockedGroups.Contains(a.GroupId)).ToList();
        var confident = proposals.Where(a => a.Confidence >= ctx.Settings.ConfidenceThreshold).ToList();
        var groupsBelow = proposals.Where(a => a.Confidence < ctx.Settings.ConfidenceThreshold && a.GroupId is not null).Select(a => a.GroupId).ToHashSet();
        confident.RemoveAll(a => a.GroupId is not null && groupsBelow.Contains(a.GroupId));
        var below = proposals.Count - confident.Count;
        report = report with
        {
            MonitoringItems = [.. report.MonitoringItems, .. proposals.Except(confident).Select(a =>
                new MonitoringItem(a.Campaign, a.CampaignName, "ROAS", $"{a.Type} signal strengthens", "4h", $"Below the confidence threshold ({a.Confidence:0.00}): {a.Reasoning}", a.Confidence))],
        };

        var verdicts = GuardrailGate.Evaluate(ctx.Settings, snapshot.Gate, confident);
        var said = snapshot.RecentAudit
            .Where(e => e.Kind is AuditKind.Advised or AuditKind.GuardrailRejected && e.Campaign is not null && now - e.At < TimeSpan.FromHours(24))
            .Select(e => (e.Campaign!.Value, e.Action, e.Kind))
            .ToHashSet();
        var tally = await new Dispatcher(ctx).DispatchAsync(verdicts, $"engine:{report.Engine}", allowGrace: true, cancellationToken, (a, kind) => said.Contains((a.Campaign, a.Type, kind)));
        return new Decided(report, report.ImmediateActions.Count, below, tally);
    }

    /// <summary>Campaigns with a pending approval or a waiting pause get no new proposal until that is settled.</summary>
    private static async Task<HashSet<CampaignId>> BusyCampaignsAsync(WorkspaceContext ctx, CancellationToken cancellationToken)
    {
        var busy = new HashSet<CampaignId>();
        foreach (var request in await ctx.Stores.Approvals.ListPendingAsync(ctx.Id, cancellationToken))
        {
            busy.UnionWith(request.Actions.Select(a => a.Campaign));
        }

        foreach (var pause in await ctx.Stores.Graces.ListWaitingAsync(ctx.Id, cancellationToken))
        {
            busy.Add(pause.Action.Campaign);
        }

        return busy;
    }

    /// <summary>The first engine's report leads; later engines add actions only for campaigns not yet covered.</summary>
    private static DecisionReport Merge(IReadOnlyList<DecisionReport> reports, DateTimeOffset now)
    {
        if (reports.Count == 0)
        {
            return new DecisionReport(now, OverallHealth.Good, [], [], BudgetReallocation.None, new ExpectedOutcomes(null, null, "n/a", 0m), []);
        }

        var lead = reports[0];
        var covered = lead.ImmediateActions.Select(a => a.Campaign).ToHashSet();
        var actions = lead.ImmediateActions.ToList();
        foreach (var other in reports.Skip(1))
        {
            var fresh = other.ImmediateActions.Where(a => !covered.Contains(a.Campaign)).ToList();
            var partialGroups = other.ImmediateActions.Where(a => a.GroupId is not null && covered.Contains(a.Campaign)).Select(a => a.GroupId).ToHashSet();
            fresh.RemoveAll(a => a.GroupId is not null && partialGroups.Contains(a.GroupId));
            actions.AddRange(fresh);
            covered.UnionWith(fresh.Select(a => a.Campaign));
        }

        return lead with
        {
            ImmediateActions = actions,
            MonitoringItems = [.. reports.SelectMany(r => r.MonitoringItems)],
            RisksAndCaveats = [.. reports.SelectMany(r => r.RisksAndCaveats).Distinct()],
            Engine = string.Join("+", reports.Select(r => r.Engine)),
            Ai = reports.Select(r => r.Ai).LastOrDefault(a => a is not null),
        };
    }
}
