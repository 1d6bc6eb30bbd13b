namespace BudgetPilot.Core.Alerts;

/// <summary>
/// Reconciles what detectors see now with what is open: one open alert per (campaign, kind), updated
/// while its condition holds, resolved when it clears. Pure: returns the alerts to save.
/// </summary>
public static class AlertBook
{
    public sealed record Changes(IReadOnlyList<Alert> Opened, IReadOnlyList<Alert> Updated, IReadOnlyList<Alert> Resolved)
    {
        public IReadOnlyList<Alert> All => [.. Opened, .. Updated, .. Resolved];
    }

    /// <param name="scope">Kinds this reconciliation speaks for; open alerts of other kinds are left alone.</param>
    public static Changes Reconcile(
        string workspaceId,
        IReadOnlyList<Alert> open,
        IReadOnlyList<Detection> detected,
        IReadOnlySet<AlertKind> scope,
        DateTimeOffset now,
        Func<Guid> newId)
    {
        var openByKey = new Dictionary<string, Alert>(StringComparer.Ordinal);
        foreach (var alert in open)
        {
            openByKey.TryAdd(alert.Key, alert);
        }

        var opened = new List<Alert>();
        var updated = new List<Alert>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in detected)
        {
            var key = $"{d.Campaign?.ToString() ?? "-"}|{d.Kind}";
            if (!seen.Add(key))
            {
                continue;
            }

            if (openByKey.TryGetValue(key, out var existing))
            {
                updated.Add(existing with { Severity = d.Severity, Message = d.Message, LastSeenAt = now, Observed = d.Observed });
            }
            else
            {
                opened.Add(new Alert(newId(), workspaceId, d.Campaign, d.Kind, d.Severity, d.Message, now, now) { Observed = d.Observed, Threshold = d.Threshold });
            }
        }

        var resolved = open
            .Where(a => scope.Contains(a.Kind) && !seen.Contains(a.Key))
            .Select(a => a with { ResolvedAt = now, LastSeenAt = now })
            .ToList();
        return new Changes(opened, updated, resolved);
    }
}
