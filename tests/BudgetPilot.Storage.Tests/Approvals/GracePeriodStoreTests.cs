using BudgetPilot.Core.Approvals;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Storage.Tests.Databases;

namespace BudgetPilot.Storage.Tests.Approvals;

public sealed class GracePeriodStoreTests(DatabaseFixture databases) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static GracePause Waiting(string workspace, DateTimeOffset due) =>
        new(Guid.NewGuid(), workspace, Samples.Action(type: ActionType.Pause), Samples.Noon, due, GraceStatus.Waiting);

    [Theory, DatabaseData]
    public async Task Save_WaitingThenClosed_OnlyWaitingListedSoonestFirst(StorageProvider provider)
    {
        var store = (await databases.OpenAsync(provider)).Get<IGracePeriodStore>();
        var workspace = DatabaseFixture.NewWorkspace();
        var late = Waiting(workspace, Samples.Noon.AddHours(6));
        var soon = Waiting(workspace, Samples.Noon.AddHours(2));
        var closed = Waiting(workspace, Samples.Noon.AddHours(1)) with
        {
            Status = GraceStatus.Overridden,
            DecidedBy = "maria",
            ClosedAt = Samples.Noon.AddMinutes(50),
            Note = "keep it running",
        };
        foreach (var pause in new[] { late, soon, closed })
        {
            await store.SaveAsync(pause, Token);
        }

        var extended = soon with { DueAt = Samples.Noon.AddHours(8), Extensions = 1 };
        await store.SaveAsync(extended, Token);

        Assert.Equal([late, extended], await store.ListWaitingAsync(workspace, Token));
        Assert.Equal(closed, await store.FindAsync(closed.Id, Token));
        Assert.Null(await store.FindAsync(Guid.NewGuid(), Token));
    }
}
