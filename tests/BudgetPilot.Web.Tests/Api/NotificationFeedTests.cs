using System.Net;
using System.Net.Http.Json;
using BudgetPilot.Core.Alerts;
using BudgetPilot.Core.Notifications;
using BudgetPilot.Reports.Notifications;
using BudgetPilot.Web.Notifications;
using BudgetPilot.Web.Tests.Support;

namespace BudgetPilot.Web.Tests.Api;

/// <summary>The in-app feed: what the notifier collected from the stored state, and failed deliveries elsewhere.</summary>
public sealed class NotificationFeedTests(WebTestApp app) : IClassFixture<WebTestApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Feed_AfterANotifierPass_ShowsThePendingApprovalWithDeepLinks()
    {
        var notifier = app.Services.GetRequiredService<Notifier>();
        var ctx = app.Services.GetRequiredService<Core.Cycle.WorkspaceContext>();
        await notifier.CollectAsync(ctx.Stores, ctx.Id, DemoState.Now.AddDays(-1), Ct);
        await app.Services.GetRequiredService<OutboxCourier>().DeliverDueAsync(Ct);
        await notifier.FoldDigestsAsync(Ct);
        var outbox = app.Services.GetRequiredService<INotificationOutbox>();
        await outbox.AddAsync(
        [
            new OutboxMessage(Guid.NewGuid(), ctx.Id, "email", NotificationKind.AlertRaised, AlertSeverity.High, "alert|x", "High alert: RoasDrop", "body",
                DemoState.Now, DemoState.Now, OutboxStatus.Pending) { Attempts = 2, LastError = "SocketException: Connection refused" },
        ], Ct);
        using var viewer = await app.LoginAsync("viewer");

        var feed = await viewer.GetFromJsonAsync<List<NotificationView>>(new Uri("api/v1/notifications", UriKind.Relative), Ct);
        using var bad = await viewer.GetAsync(new Uri("api/v1/notifications?days=400", UriKind.Relative), Ct);

        Assert.NotNull(feed);
        var approval = Assert.Single(feed, n => n.Kind == nameof(NotificationKind.ApprovalRequested));
        Assert.Equal("Sent", approval.Status);
        Assert.Contains(approval.Links, l => l.Label == "Approve" && l.Url.Contains($"approvals/{DemoState.ApprovalId}", StringComparison.Ordinal));
        var failed = Assert.Single(feed, n => n.Channel == "email");
        Assert.Contains("refused", failed.LastError, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
