using System.Net;
using System.Net.Sockets;
using BudgetPilot.Core.Alerts;
using BudgetPilot.Core.Approvals;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Memory;
using BudgetPilot.Core.Notifications;
using BudgetPilot.Core.Rules;
using BudgetPilot.Core.Settings;
using BudgetPilot.Reports.Channels;
using BudgetPilot.Reports.Notifications;
using BudgetPilot.Simulation;
using BudgetPilot.Simulation.Benchmark;
using Microsoft.Extensions.Logging.Abstractions;
using netDumbster.smtp;

namespace BudgetPilot.Reports.Tests.Fakes;

/// <summary>
/// Two simulated weeks of the real cycle (semi-autonomous, so approvals happen) with the notifier
/// running beside it every 15 simulated minutes: email to a live SMTP server on loopback with quiet
/// hours, Slack to a Kestrel fake, a webhook to a port where nothing listens, and the in-app feed.
/// A simulated manager approves every second request, rejects every fifth, and lets the rest expire.
/// </summary>
public sealed class SimulatedWeek : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);
    public static readonly QuietHours EmailQuiet = new(new TimeOnly(22, 0), new TimeOnly(7, 0), TimeZoneInfo.Utc);

    private SimpleSmtpServer? smtp;

    public SimulatedMarket Market { get; private set; } = null!;

    public CyclePolicy Policy { get; private set; } = null!;

    public InMemoryOutbox Outbox { get; } = new();

    public FakeReceiver Slack { get; private set; } = null!;

    public SimpleSmtpServer Smtp => smtp!;

    public int Ticks { get; private set; }

    public int CyclesRecorded => Policy.Cycles.Count;

    public InMemoryStore Store => Policy.Store;

    public Workspace Workspace => Policy.Context.Workspace;

    public IReadOnlyList<ChannelPolicy> Policies { get; } =
    [
        new(InAppChannel.ChannelName),
        new(EmailChannel.ChannelName) { MinSeverity = AlertSeverity.Medium, QuietHours = EmailQuiet },
        new(SlackChannel.ChannelName)
        {
            Kinds = new HashSet<NotificationKind> { NotificationKind.ApprovalRequested, NotificationKind.ApprovalExpiring, NotificationKind.AlertRaised, NotificationKind.CycleFailed },
        },
        new(WebhookChannel.ChannelName),
    ];

    public async ValueTask InitializeAsync()
    {
        smtp = SimpleSmtpServer.Start(FreePort());
        Slack = await FakeReceiver.StartAsync();
        var spec = new MarketSpec(11, 12, Scenario.AllCombined, Start, 20_000m, "USD") { HorizonDays = 14 };
        Market = new SimulatedMarket(spec);
        Policy = new CyclePolicy(Market, "rules", new CyclePolicyOptions
        {
            Settings = new WorkspaceSettings { Autonomy = AutonomyLevel.SemiAutonomous },
            KeepCycleRecords = true,
        }, () => [new SeedRulesEngine()]);

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var channels = new INotificationChannel[]
        {
            new InAppChannel(),
            new EmailChannel(new EmailOptions("127.0.0.1", smtp.Configuration.Port, "bot@budgetpilot.test", ["manager@shop.test"]) { UseTls = false }),
            new SlackChannel(http, Slack.Url),
            new WebhookChannel(http, new Uri($"http://127.0.0.1:{FreePort()}/dead"), [7, 7, 7], Market.Clock),
        };
        var notifier = new Notifier(Outbox, Policies, Sample.Links, Market.Clock);
        var courier = new OutboxCourier(Outbox, channels, Market.Clock, NullLogger<OutboxCourier>.Instance);
        NotificationService? service = null;
        var seen = new HashSet<Guid>();
        var end = Start.AddDays(spec.HorizonDays);
        var ct = TestContext.Current.CancellationToken;
        while (Market.Now < end)
        {
            await Policy.OnTickAsync(Market, Market.Now, ct);
            Ticks++;
            foreach (var request in await Store.ListPendingAsync(Policy.Context.Id, ct))
            {
                if (Market.Now - request.RequestedAt < TimeSpan.FromHours(1) || !seen.Add(request.Id))
                {
                    continue;
                }

                _ = seen.Count % 2 == 0 ? await ApprovalDesk.ApproveAsync(Policy.Context, request.Id, "manager", "ok", ct)
                    : seen.Count % 5 == 0 ? await ApprovalDesk.RejectAsync(Policy.Context, request.Id, "manager", "not now", ct)
                    : null;
            }

            service ??= new NotificationService(Policy.Context, notifier, courier, Market.Clock, NullLogger<NotificationService>.Instance);
            await service.RunOnceAsync(ct);
            Market.Advance();
        }
    }

    public async ValueTask DisposeAsync()
    {
        smtp?.Dispose();
        if (Slack is not null)
        {
            await Slack.DisposeAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
