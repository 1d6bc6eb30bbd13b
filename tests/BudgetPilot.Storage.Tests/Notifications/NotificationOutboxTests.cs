using BudgetPilot.Core.Alerts;
using BudgetPilot.Core.Notifications;
using BudgetPilot.Storage.Tests.Databases;

namespace BudgetPilot.Storage.Tests.Notifications;

public sealed class NotificationOutboxTests(DatabaseFixture databases) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static OutboxMessage Message(string workspace, string key, OutboxStatus status, DateTimeOffset at) =>
        new(Guid.NewGuid(), workspace, "email", NotificationKind.ApprovalRequested, AlertSeverity.High, key, "Approval needed: Brand", "Increase 5000 → 7000",
            at, at.AddMinutes(5), status)
        {
            RateKey = "alert-kind|RoasDrop",
            Links = [new NotificationLink("Approve", new Uri("https://bp.example.test/#/approvals/1?do=approve"))],
            Items = ["one", "two"],
        };

    [Theory, DatabaseData]
    public async Task AddUpdate_RoundTripsEveryField_AndRecordsFailures(StorageProvider provider)
    {
        var outbox = (await databases.OpenAsync(provider)).Get<INotificationOutbox>();
        var workspace = DatabaseFixture.NewWorkspace();
        var pending = Message(workspace, "approval|1", OutboxStatus.Pending, Samples.Noon);
        var held = Message(workspace, "action|1", OutboxStatus.Held, Samples.Noon.AddMinutes(1));
        await outbox.AddAsync([pending, held], Token);

        var failed = pending with { Attempts = 3, LastError = "SocketException: Connection refused", DueAt = Samples.Noon.AddHours(1) };
        await outbox.UpdateAsync(failed, Token);
        var listed = await outbox.ListSinceAsync(workspace, Samples.Noon, Token);

        Assert.Equal([pending.Id, held.Id], listed.Select(m => m.Id));
        var back = listed[0];
        Assert.Equal(
            (failed.Kind, failed.Severity, failed.DedupeKey, failed.RateKey, failed.Title, failed.Body, failed.CreatedAt, failed.DueAt, failed.Status, failed.Attempts, failed.LastError),
            (back.Kind, back.Severity, back.DedupeKey, back.RateKey, back.Title, back.Body, back.CreatedAt, back.DueAt, back.Status, back.Attempts, back.LastError));
        Assert.Equal(failed.Links, back.Links);
        Assert.Equal(failed.Items, back.Items);
    }

    [Theory, DatabaseData]
    public async Task ListDueAndHeld_SelectByStatusAndTime(StorageProvider provider)
    {
        var outbox = (await databases.OpenAsync(provider)).Get<INotificationOutbox>();
        var workspace = DatabaseFixture.NewWorkspace();
        var due = Message(workspace, "a", OutboxStatus.Pending, Samples.Noon);
        var later = Message(workspace, "b", OutboxStatus.Pending, Samples.Noon.AddHours(2));
        var sent = Message(workspace, "c", OutboxStatus.Sent, Samples.Noon);
        var held = Message(workspace, "d", OutboxStatus.Held, Samples.Noon);
        await outbox.AddAsync([due, later, sent, held], Token);

        var dueNow = (await outbox.ListDueAsync(Samples.Noon.AddMinutes(10), Token)).Where(m => m.WorkspaceId == workspace);
        var heldNow = (await outbox.ListHeldAsync(Token)).Where(m => m.WorkspaceId == workspace);

        Assert.Equal([due.Id], dueNow.Select(m => m.Id));
        Assert.Equal([held.Id], heldNow.Select(m => m.Id));
        await Assert.ThrowsAsync<InvalidOperationException>(() => outbox.UpdateAsync(Message(workspace, "x", OutboxStatus.Sent, Samples.Noon), Token));
    }
}
