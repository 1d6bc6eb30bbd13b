using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Notifications;
using BudgetPilot.Reports.Channels;
using BudgetPilot.Reports.Notifications;
using BudgetPilot.Reports.Reports;
using BudgetPilot.Reports.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace BudgetPilot.Reports.Tests;

public sealed class SimulatedWeekTests(SimulatedWeek week) : IClassFixture<SimulatedWeek>
{
    private static readonly DateOnly ReportEnd = DateOnly.FromDateTime(SimulatedWeek.Start.AddDays(14).UtcDateTime);

    [Fact]
    public async Task WeeklyReport_AgreesWithMetricStoreAndAuditLog()
    {
        var ct = TestContext.Current.CancellationToken;
        var from = SimulatedWeek.Start.AddDays(7);
        var to = SimulatedWeek.Start.AddDays(14);

        var report = await new ReportBuilder(Core.Cycle.Stores.Of(week.Store), week.Workspace, new ReportOptions(), new FakeTimeProvider(to)).WeeklyAsync(ReportEnd, ct);

        var samples = await week.Store.GetAsync(week.Workspace.Id, from, to, ct);
        var previous = await week.Store.GetAsync(week.Workspace.Id, from.AddDays(-7), from, ct);
        var audit = await ((IAuditLog)week.Store).ListAsync(week.Workspace.Id, from, to, ct);
        var executed = audit.Where(e => e.Kind == AuditKind.Outcome && e.Outcome is OutcomeStatus.Succeeded or OutcomeStatus.Failed).ToList();
        Assert.Equal((from, to), (report.From, report.To));
        Assert.Equal(samples.Sum(s => s.Spend), report.Current.Spend);
        Assert.Equal(samples.Sum(s => s.ConversionValue), report.Current.Revenue);
        Assert.Equal(previous.Sum(s => s.Spend), report.Previous.Spend);
        Assert.Equal(report.Current.Spend, report.Days.Sum(d => d.Totals.Spend));
        Assert.Equal(7, report.Days.Count);
        Assert.Equal(executed.Select(e => (e.At, e.CampaignName, e.Action)), report.Actions.Select(a => (a.At, (string?)a.Campaign, a.Type)));
        Assert.Equal(audit.Count(e => e.Kind == AuditKind.Approved), report.Approved);
        Assert.Equal(audit.Count(e => e.Kind == AuditKind.Rejected), report.Rejected);
        Assert.Equal(audit.Count(e => e.Kind == AuditKind.Expired), report.Expired);
        Assert.Equal(executed.Count(e => e.Outcome == OutcomeStatus.Succeeded), report.TimeSaved.Actions);
        Assert.True(report.Current.Spend > 0m && report.Actions.Count > 0 && report.Approved > 0 && report.Expired > 0,
            $"a simulated week should spend, act and see approvals decided: spend {report.Current.Spend}, actions {report.Actions.Count}, approved {report.Approved}, expired {report.Expired}");
    }

    [Fact]
    public void Notifications_NeverRepeatAnEventOnAChannel_AndAlertKindsAtMostOncePerDay()
    {
        var all = week.Outbox.All;
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join("; ", all.GroupBy(m => (m.Channel, m.Status, Digest: m.IsDigest)).OrderBy(g => g.Key.Channel, StringComparer.Ordinal)
            .Select(g => $"{g.Key.Channel} {g.Key.Status}{(g.Key.Digest ? " digest" : string.Empty)}: {g.Count()}")) + $"; cycles {week.Ticks}; emails received {week.Smtp.ReceivedEmailCount}; slack posts {week.Slack.Requests.Count}");
        Assert.NotEmpty(all);
        Assert.Equal(all.Count, all.Select(m => (m.Channel, m.DedupeKey)).Distinct().Count());
        var immediateAlerts = all.Where(m => m.RateKey is not null && m.Status is not (OutboxStatus.Held or OutboxStatus.Digested))
            .GroupBy(m => (m.Channel, m.RateKey, Day: DateOnly.FromDateTime(m.CreatedAt.UtcDateTime)));
        Assert.All(immediateAlerts, g => Assert.Single(g));
        foreach (var channel in all.Where(m => m.IsDigest).GroupBy(m => m.Channel))
        {
            var times = channel.Select(m => m.CreatedAt).Order().ToList();
            Assert.All(times.Zip(times.Skip(1)), p => Assert.True(p.Second - p.First >= TimeSpan.FromHours(1), $"{channel.Key}: digests at {p.First:u} and {p.Second:u}"));
        }

        Assert.DoesNotContain(all, m => m.Status == OutboxStatus.Held && m.CreatedAt < SimulatedWeek.Start.AddDays(14).AddHours(-2));
    }

    [Fact]
    public void Email_SentOnlyOutsideQuietHours_AndEverySentOneArrived()
    {
        var emails = week.Outbox.All.Where(m => m.Channel == EmailChannel.ChannelName && m.Status == OutboxStatus.Sent).ToList();

        Assert.NotEmpty(emails);
        Assert.All(emails.Where(m => m.Severity != Core.Alerts.AlertSeverity.Critical), m => Assert.False(SimulatedWeek.EmailQuiet.Contains(m.SentAt!.Value), $"{m.Title} sent at {m.SentAt:u}"));
        Assert.Equal(emails.Count, week.Smtp.ReceivedEmailCount);
        Assert.Equal(week.Outbox.All.Count(m => m.Channel == SlackChannel.ChannelName && m.Status == OutboxStatus.Sent), week.Slack.Requests.Count);
    }

    [Fact]
    public void DeadWebhook_EveryCycleStillRan_FailuresRecorded()
    {
        var hooks = week.Outbox.All.Where(m => m.Channel == WebhookChannel.ChannelName && m.Status is not (OutboxStatus.Held or OutboxStatus.Digested)).ToList();

        Assert.Equal(week.Ticks, week.CyclesRecorded);
        Assert.All(week.Policy.Cycles, c => Assert.Empty(c.Errors));
        Assert.NotEmpty(hooks);
        Assert.All(hooks, m => Assert.NotEqual(OutboxStatus.Sent, m.Status));
        Assert.All(hooks.Where(m => m.Attempts > 0), m => Assert.Contains("refused", m.LastError, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(hooks, m => m.Status == OutboxStatus.Failed && m.Attempts == OutboxCourier.MaxAttempts);
    }
}
