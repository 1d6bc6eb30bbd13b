using BudgetPilot.Core.Alerts;
using BudgetPilot.Core.Approvals;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Metrics;

namespace BudgetPilot.Core.Memory;

/// <summary>
/// Every store port in process memory: for simulations at thousands of cycles a second and for tests.
/// Thread-safe by one lock; state lives only as long as the instance.
/// </summary>
public sealed class InMemoryStore : ICampaignStore, IMetricStore, IAlertStore, IApprovalStore, IGracePeriodStore, IAuditLog, ICycleLog
{
    private readonly Lock gate = new();
    private readonly Dictionary<(string, CampaignId), Campaign> campaigns = [];
    private readonly Dictionary<(string, CampaignId), SortedList<DateTimeOffset, MetricSample>> metrics = [];
    private readonly Dictionary<Guid, Alert> alerts = [];
    private readonly Dictionary<Guid, ApprovalRequest> approvals = [];
    private readonly Dictionary<Guid, GracePause> pauses = [];
    private readonly List<AuditEntry> audit = [];
    private readonly Dictionary<string, AuditEntry> outcomes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AuditEntry> openIntents = new(StringComparer.Ordinal);
    private readonly List<CycleRecord> cycles = [];

    /// <summary>The allocator's memory of each workspace, beside the other stores it outlives cycles with.</summary>
    public InMemoryAllocatorStateStore Allocator { get; } = new();

    /// <summary>Keep at most this much metric history per campaign (a simulation of months need not hold it all).</summary>
    public TimeSpan? MetricRetention { get; init; }

    /// <summary>Keep at most this many cycle records (their reports are large).</summary>
    public int? CycleRetention { get; init; }

    public IReadOnlyList<AuditEntry> AuditEntries
    {
        get
        {
            lock (gate)
            {
                return [.. audit];
            }
        }
    }

    Task<IReadOnlyList<Campaign>> ICampaignStore.ListAsync(string workspaceId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<Campaign> list = [.. campaigns.Where(c => c.Key.Item1 == workspaceId).Select(c => c.Value).OrderBy(c => c.Id)];
            return Task.FromResult(list);
        }
    }

    public Task UpsertAsync(string workspaceId, IReadOnlyList<Campaign> items, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            foreach (var c in items)
            {
                campaigns[(workspaceId, c.Id)] = c;
            }
        }

        return Task.CompletedTask;
    }

    public Task UpsertAsync(string workspaceId, IReadOnlyList<MetricSample> samples, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            foreach (var s in samples)
            {
                if (!metrics.TryGetValue((workspaceId, s.CampaignId), out var series))
                {
                    series = [];
                    metrics[(workspaceId, s.CampaignId)] = series;
                }

                series[s.Hour] = s;
                if (MetricRetention is { } keep)
                {
                    while (series.Count > 0 && series.Keys[0] < s.Hour - keep)
                    {
                        series.RemoveAt(0);
                    }
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<MetricSample>> GetAsync(string workspaceId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var result = new List<MetricSample>();
            foreach (var ((ws, _), series) in metrics.OrderBy(m => m.Key.Item2))
            {
                if (ws != workspaceId)
                {
                    continue;
                }

                var start = LowerBound(series.Keys, from);
                for (var i = start; i < series.Count && series.Keys[i] < to; i++)
                {
                    result.Add(series.Values[i]);
                }
            }

            return Task.FromResult<IReadOnlyList<MetricSample>>(result);
        }
    }

    public Task<IReadOnlyList<MetricSample>> GetAsync(string workspaceId, CampaignId campaign, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!metrics.TryGetValue((workspaceId, campaign), out var series))
            {
                return Task.FromResult<IReadOnlyList<MetricSample>>([]);
            }

            var result = new List<MetricSample>();
            for (var i = LowerBound(series.Keys, from); i < series.Count && series.Keys[i] < to; i++)
            {
                result.Add(series.Values[i]);
            }

            return Task.FromResult<IReadOnlyList<MetricSample>>(result);
        }
    }

    public Task<IReadOnlyList<Alert>> ListOpenAsync(string workspaceId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<Alert> list = [.. alerts.Values.Where(a => a.WorkspaceId == workspaceId && a.IsOpen).OrderBy(a => a.OpenedAt)];
            return Task.FromResult(list);
        }
    }

    Task<IReadOnlyList<Alert>> IAlertStore.ListAsync(string workspaceId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<Alert> list = [.. alerts.Values
                .Where(a => a.WorkspaceId == workspaceId && ((a.OpenedAt >= from && a.OpenedAt < to) || (a.ResolvedAt >= from && a.ResolvedAt < to)))
                .OrderByDescending(a => a.OpenedAt)];
            return Task.FromResult(list);
        }
    }

    public Task SaveAsync(IReadOnlyList<Alert> items, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            foreach (var a in items)
            {
                alerts[a.Id] = a;
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ApprovalRequest>> ListPendingAsync(string workspaceId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<ApprovalRequest> list = [.. approvals.Values.Where(a => a.WorkspaceId == workspaceId && a.Status == ApprovalStatus.Pending).OrderBy(a => a.RequestedAt)];
            return Task.FromResult(list);
        }
    }

    Task<IReadOnlyList<ApprovalRequest>> IApprovalStore.ListAsync(string workspaceId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<ApprovalRequest> list = [.. approvals.Values.Where(a => a.WorkspaceId == workspaceId && a.RequestedAt >= from && a.RequestedAt < to).OrderByDescending(a => a.RequestedAt)];
            return Task.FromResult(list);
        }
    }

    Task<ApprovalRequest?> IApprovalStore.FindAsync(Guid id, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(approvals.GetValueOrDefault(id));
        }
    }

    public Task SaveAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            approvals[request.Id] = request;
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<GracePause>> ListWaitingAsync(string workspaceId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<GracePause> list = [.. pauses.Values.Where(p => p.WorkspaceId == workspaceId && p.Status == GraceStatus.Waiting).OrderBy(p => p.DueAt)];
            return Task.FromResult(list);
        }
    }

    Task<GracePause?> IGracePeriodStore.FindAsync(Guid id, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(pauses.GetValueOrDefault(id));
        }
    }

    public Task SaveAsync(GracePause pause, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            pauses[pause.Id] = pause;
        }

        return Task.CompletedTask;
    }

    public Task<AuditEntry> AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var stored = entry with { Sequence = audit.Count + 1 };
            audit.Add(stored);
            if (stored.IdempotencyKey is { } key)
            {
                if (stored.Kind == AuditKind.Intent)
                {
                    openIntents[key] = stored;
                }
                else if (stored.Kind == AuditKind.Outcome)
                {
                    outcomes[key] = stored;
                    openIntents.Remove(key);
                }
            }

            return Task.FromResult(stored);
        }
    }

    Task<IReadOnlyList<AuditEntry>> IAuditLog.ListAsync(string workspaceId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var result = new List<AuditEntry>();
            for (var i = audit.Count - 1; i >= 0 && audit[i].At >= from; i--)
            {
                if (audit[i].WorkspaceId == workspaceId && audit[i].At < to)
                {
                    result.Add(audit[i]);
                }
            }

            result.Reverse();
            return Task.FromResult<IReadOnlyList<AuditEntry>>(result);
        }
    }

    public Task<IReadOnlyList<AuditEntry>> ListUnfinishedIntentsAsync(string workspaceId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<AuditEntry> list = [.. openIntents.Values.Where(e => e.WorkspaceId == workspaceId).OrderBy(e => e.Sequence)];
            return Task.FromResult(list);
        }
    }

    public Task<AuditEntry?> FindOutcomeAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(outcomes.GetValueOrDefault(idempotencyKey));
        }
    }

    public Task SaveAsync(CycleRecord record, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            cycles.Add(record);
            if (CycleRetention is { } keep && cycles.Count > keep)
            {
                cycles.RemoveRange(0, cycles.Count - keep);
            }
        }

        return Task.CompletedTask;
    }

    Task<IReadOnlyList<CycleRecord>> ICycleLog.ListAsync(string workspaceId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<CycleRecord> list = [.. cycles.Where(c => c.WorkspaceId == workspaceId && c.At >= from && c.At < to).OrderByDescending(c => c.At)];
            return Task.FromResult(list);
        }
    }

    private static int LowerBound(IList<DateTimeOffset> keys, DateTimeOffset value)
    {
        int lo = 0, hi = keys.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (keys[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
