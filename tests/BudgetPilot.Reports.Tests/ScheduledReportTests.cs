using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Memory;
using BudgetPilot.Core.Notifications;
using BudgetPilot.Core.Settings;
using BudgetPilot.Reports.Channels;
using BudgetPilot.Reports.Notifications;
using BudgetPilot.Reports.Reports;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using netDumbster.smtp;

namespace BudgetPilot.Reports.Tests;

/// <summary>
/// The weekly and daily report loops on a fake clock, in a workspace an hour east of UTC (Europe/Warsaw in January):
/// each fires exactly at its local slot, once, writes its files, emails a real SMTP server on loopback and records a feed line.
/// </summary>
public sealed class ScheduledReportTests : IDisposable
{
    private static readonly TimeZoneInfo Warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");
    private static readonly Workspace Shop = new("ws", "Shop", 1000m, "EUR", Warsaw, 2m, null, 500m);

    private readonly string directory = Directory.CreateTempSubdirectory("bp-scheduled-reports-").FullName;
    private readonly SimpleSmtpServer smtp = SimpleSmtpServer.Start(FreePort());
    private readonly RecordingOutbox outbox = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Weekly_FiresAtMondayEightLocal_OnceEachWeek_EmailedAndRecorded()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 4, 12, 0, 0, TimeSpan.Zero));
        var slot = new DateTimeOffset(2026, 1, 5, 7, 0, 0, TimeSpan.Zero);
        using var service = new WeeklyReportService(Context(time), new ReportOptions { WeeklyDay = DayOfWeek.Monday, WeeklyHour = 8 }, outbox, new StubPdf(),
            Email(), directory, time, NullLogger<WeeklyReportService>.Instance);

        var armed = Armed(service);

        await service.StartAsync(Ct);
        Assert.Equal(slot, await Next(armed));
        time.Advance(slot - TimeSpan.FromMinutes(1) - time.GetUtcNow());
        Assert.Empty(outbox.Messages);
        time.Advance(TimeSpan.FromMinutes(1));
        var first = await outbox.NextAsync();
        Assert.Equal(slot.AddDays(7), await Next(armed));
        time.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        Assert.Single(outbox.Messages);
        time.Advance(TimeSpan.FromMinutes(1));
        var second = await outbox.NextAsync();
        await service.StopAsync(Ct);

        Assert.Equal((slot, "report|weekly-2026-01-05", "Weekly report ready: 2025-12-29 to 2026-01-04"), (first.CreatedAt, first.DedupeKey, first.Title));
        Assert.Equal((slot.AddDays(7), "report|weekly-2026-01-12"), (second.CreatedAt, second.DedupeKey));
        Assert.Equal(2, outbox.Messages.Count);
        Assert.All(outbox.Messages, m => Assert.Equal((OutboxStatus.Sent, NotificationKind.ReportReady, InAppChannel.ChannelName), (m.Status, m.Kind, m.Channel)));
        Assert.Equal(
            ["Weekly performance report — Shop, 2025-12-29 to 2026-01-04", "Weekly performance report — Shop, 2026-01-05 to 2026-01-11"],
            smtp.ReceivedEmail.Select(m => m.Subject).Order(StringComparer.Ordinal));
        Assert.True(File.Exists(Path.Combine(directory, "weekly-2026-01-05.html")));
        Assert.True(File.Exists(Path.Combine(directory, "weekly-2026-01-12.pdf")));
    }

    [Fact]
    public async Task Daily_FiresAtSevenLocal_ForTheDayBefore_OncePerDay()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 6, 0, 0, TimeSpan.Zero));
        var slot = new DateTimeOffset(2026, 1, 6, 6, 0, 0, TimeSpan.Zero);
        using var service = new DailyReportService(Context(time), new ReportOptions { DailyHour = 7 }, outbox, new StubPdf(), Email(), directory, time,
            NullLogger<DailyReportService>.Instance);

        var armed = Armed(service);

        // Started exactly on a slot: that slot is not the service's to make up, the next one is.
        await service.StartAsync(Ct);
        Assert.Equal(slot, await Next(armed));
        time.Advance(TimeSpan.FromDays(1) - TimeSpan.FromSeconds(1));
        Assert.Empty(outbox.Messages);
        time.Advance(TimeSpan.FromSeconds(1));
        var first = await outbox.NextAsync();
        Assert.Equal(slot.AddDays(1), await Next(armed));
        time.Advance(TimeSpan.FromDays(1));
        var second = await outbox.NextAsync();
        await service.StopAsync(Ct);

        Assert.Equal((slot, "report|daily-2026-01-05", "Daily report ready: 2026-01-05"), (first.CreatedAt, first.DedupeKey, first.Title));
        Assert.Equal((slot.AddDays(1), "report|daily-2026-01-06"), (second.CreatedAt, second.DedupeKey));
        Assert.Equal(2, outbox.Messages.Count);
        Assert.Equal(["Daily report — Shop, 2026-01-05", "Daily report — Shop, 2026-01-06"], smtp.ReceivedEmail.Select(m => m.Subject).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void NextDaily_IsStrictlyAfter_AndOneDayApart()
    {
        var options = new ReportOptions { DailyHour = 7 };
        var before = new DateTimeOffset(2026, 1, 10, 6, 0, 0, TimeSpan.Zero);

        var next = ReportSchedule.NextDaily(Shop, options, before);
        var after = ReportSchedule.NextDaily(Shop, options, next);

        Assert.Equal(before.AddDays(1), next);
        Assert.Equal(next.AddDays(1), after);
        Assert.Equal(before, ReportSchedule.NextDaily(Shop, options, before.AddSeconds(-1)));
    }

    [Fact]
    public void Slots_OnClockChangeDays_AreAtTheLocalHour()
    {
        var options = new ReportOptions { DailyHour = 7, WeeklyDay = DayOfWeek.Sunday, WeeklyHour = 2 };

        // Warsaw moves from UTC+1 to UTC+2 at 02:00 on 29 March 2026 and back at 03:00 on 25 October.
        var spring = ReportSchedule.NextDaily(Shop, options, new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.Zero));
        var autumn = ReportSchedule.NextDaily(Shop, options, new DateTimeOffset(2026, 10, 24, 12, 0, 0, TimeSpan.Zero));
        var skipped = ReportSchedule.NextWeekly(Shop, options, new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 5, 0, 0, TimeSpan.Zero), spring);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 6, 0, 0, TimeSpan.Zero), autumn);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero), skipped);
    }

    public void Dispose()
    {
        smtp.Stop();
        Directory.Delete(directory, recursive: true);
    }

    private static Channel<DateTimeOffset> Armed(ScheduledReportService service)
    {
        var armed = Channel.CreateUnbounded<DateTimeOffset>();
        service.Waiting += slot => armed.Writer.TryWrite(slot);
        return armed;
    }

    // The timeout only bounds a broken loop; a working one arms its wait at once.
    private static async Task<DateTimeOffset> Next(Channel<DateTimeOffset> armed) => await armed.Reader.ReadAsync(Ct).AsTask().WaitAsync(TimeSpan.FromSeconds(60), Ct);

    private EmailChannel Email() => new(new EmailOptions("127.0.0.1", smtp.Configuration.Port, "bot@budgetpilot.test", ["manager@shop.test"]) { UseTls = false });

    private static WorkspaceContext Context(TimeProvider time)
    {
        var store = new InMemoryStore();
        return new WorkspaceContext(Shop, new WorkspaceSettings(), Stores.Of(store), new Executor(store, store, new Dictionary<Platform, IAdPlatform>(), time), time);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Stands in for headless Chromium, which is exercised by the rendering tests.</summary>
    private sealed class StubPdf : IPdfRenderer
    {
        public Task RenderAsync(string htmlPath, string pdfPath, CancellationToken cancellationToken) =>
            File.WriteAllBytesAsync(pdfPath, "%PDF-1.4 stub"u8.ToArray(), cancellationToken);
    }

    /// <summary>The in-memory outbox, announcing each message added so the test waits for the loop rather than for the wall clock.</summary>
    private sealed class RecordingOutbox : INotificationOutbox
    {
        private readonly InMemoryOutbox inner = new();
        private readonly Channel<OutboxMessage> added = Channel.CreateUnbounded<OutboxMessage>();
        private readonly List<OutboxMessage> messages = [];

        public IReadOnlyList<OutboxMessage> Messages
        {
            get
            {
                lock (messages)
                {
                    return [.. messages];
                }
            }
        }

        // The timeout only bounds a broken loop; a working one answers as soon as the fake clock reaches the slot.
        public async Task<OutboxMessage> NextAsync() => await added.Reader.ReadAsync(Ct).AsTask().WaitAsync(TimeSpan.FromSeconds(60), Ct);

        public async Task AddAsync(IReadOnlyList<OutboxMessage> batch, CancellationToken cancellationToken)
        {
            await inner.AddAsync(batch, cancellationToken);
            lock (messages)
            {
                messages.AddRange(batch);
            }

            foreach (var m in batch)
            {
                added.Writer.TryWrite(m);
            }
        }

        public Task UpdateAsync(OutboxMessage message, CancellationToken cancellationToken) => inner.UpdateAsync(message, cancellationToken);

        public Task<IReadOnlyList<OutboxMessage>> ListSinceAsync(string workspaceId, DateTimeOffset since, CancellationToken cancellationToken) => inner.ListSinceAsync(workspaceId, since, cancellationToken);

        public Task<IReadOnlyList<OutboxMessage>> ListDueAsync(DateTimeOffset now, CancellationToken cancellationToken) => inner.ListDueAsync(now, cancellationToken);

        public Task<IReadOnlyList<OutboxMessage>> ListHeldAsync(CancellationToken cancellationToken) => inner.ListHeldAsync(cancellationToken);
    }
}
