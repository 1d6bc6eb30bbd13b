using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Metrics;

namespace BudgetPilot.Reports.Reports;

/// <summary>Builds a <see cref="PerformanceReport"/> from the stores: the metric store for money, the audit log for what was done.</summary>
public sealed class ReportBuilder(Stores stores, Workspace workspace, ReportOptions options, TimeProvider time)
{
    private static readonly AuditKind[] DecisionKinds = [AuditKind.ApprovalRequested, AuditKind.Approved, AuditKind.Rejected, AuditKind.Expired];

    /// <summary>The seven local days before the local day of <paramref name="end"/>.</summary>
    public Task<PerformanceReport> WeeklyAsync(DateOnly end, CancellationToken cancellationToken) =>
        BuildAsync("Weekly performance report", workspace.StartOfDay(end.AddDays(-7)), workspace.StartOfDay(end), cancellationToken);

    /// <summary>The local day <paramref name="day"/>.</summary>
    public Task<PerformanceReport> DailyAsync(DateOnly day, CancellationToken cancellationToken) =>
        BuildAsync("Daily report", workspace.StartOfDay(day), workspace.StartOfDay(day.AddDays(1)), cancellationToken);

    public async Task<PerformanceReport> BuildAsync(string title, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        if (to <= from)
        {
            throw new ArgumentException($"A report period must end after it starts ({from:u} → {to:u}).", nameof(to));
        }

        var current = await stores.Metrics.GetAsync(workspace.Id, from, to, cancellationToken);
        var previous = await stores.Metrics.GetAsync(workspace.Id, from - (to - from), from, cancellationToken);
        var audit = await stores.Audit.ListAsync(workspace.Id, from, to, cancellationToken);
        var alerts = await stores.Alerts.ListAsync(workspace.Id, from, to, cancellationToken);

        var actions = new List<ReportedAction>();
        foreach (var entry in audit.Where(e => e.Kind == AuditKind.Outcome && e.Outcome is OutcomeStatus.Succeeded or OutcomeStatus.Failed))
        {
            actions.Add(await EffectAsync(entry, to, cancellationToken));
        }

        var now = time.GetUtcNow();
        var lag = TimeSpan.FromDays(options.ConversionLagDays);
        var days = current.GroupBy(s => workspace.LocalDate(s.Hour)).OrderBy(g => g.Key)
            .Select(g => new DayTotals(g.Key, PeriodTotals.Of(g)) { Provisional = workspace.StartOfDay(g.Key.AddDays(1)) + lag > now }).ToList();
        var decisions = audit.Where(e => DecisionKinds.Contains(e.Kind))
            .Select(e => new ReportedDecision(e.At, e.Kind, Name(e), e.Actor, e.Reason)).ToList();
        var succeeded = actions.Count(a => a.Outcome == OutcomeStatus.Succeeded);
        var timeSaved = new TimeSaved(succeeded, options.HoursSavedPerAction, options.MonitoringHoursPerWeek * (decimal)((to - from).TotalDays / 7), options.HourlyCost);

        return new PerformanceReport(workspace.Id, workspace.Name, workspace.Currency, title, from, to, PeriodTotals.Of(current), PeriodTotals.Of(previous),
            workspace.MinRoas, days, actions, decisions, [.. alerts.OrderBy(a => a.OpenedAt)], timeSaved, now)
        {
            ConversionLagDays = options.ConversionLagDays,
        };
    }

    private async Task<ReportedAction> EffectAsync(AuditEntry entry, DateTimeOffset to, CancellationToken cancellationToken)
    {
        IReadOnlyList<MetricSample> before = [], since = [];
        if (entry.Campaign is { } campaign)
        {
            before = await stores.Metrics.GetAsync(workspace.Id, campaign, entry.At - options.EffectBaseline, entry.At, cancellationToken);
            since = await stores.Metrics.GetAsync(workspace.Id, campaign, entry.At, to, cancellationToken);
        }

        var b = PeriodTotals.Of(before);
        var s = PeriodTotals.Of(since);
        return new ReportedAction(entry.At, Name(entry), entry.Action, entry.Outcome ?? OutcomeStatus.Skipped, entry.Before?.DailyBudget, entry.After?.DailyBudget,
            entry.Reason, entry.Actor, b.Roas, s.Roas, s.Spend, s.Revenue);
    }

    private static string Name(AuditEntry e) => e.CampaignName ?? e.Campaign?.ToString() ?? "—";
}
