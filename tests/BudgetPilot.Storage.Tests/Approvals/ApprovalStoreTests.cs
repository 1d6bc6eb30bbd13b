using BudgetPilot.Core.Approvals;
using BudgetPilot.Storage.Tests.Databases;

namespace BudgetPilot.Storage.Tests.Approvals;

public sealed class ApprovalStoreTests(DatabaseFixture databases) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static ApprovalRequest Pending(string workspace, DateTimeOffset at) =>
        new(Guid.NewGuid(), workspace, [Samples.Action()], "Budget change above 20%", at, at.AddHours(4), ApprovalStatus.Pending);

    [Theory, DatabaseData]
    public async Task Save_PendingThenDecided_MovesOutOfPending(StorageProvider provider)
    {
        var store = (await databases.OpenAsync(provider)).Get<IApprovalStore>();
        var workspace = DatabaseFixture.NewWorkspace();
        var first = Pending(workspace, Samples.Noon);
        var second = Pending(workspace, Samples.Noon.AddMinutes(30));
        await store.SaveAsync(second, Token);
        await store.SaveAsync(first, Token);

        Assert.Equal([first, second], await store.ListPendingAsync(workspace, Token));

        var approved = first with
        {
            Status = ApprovalStatus.Approved,
            DecidedBy = "maria@example.com",
            DecidedAt = Samples.Noon.AddHours(1),
            Comment = "ok",
            ExecutionResult = "executed",
        };
        await store.SaveAsync(approved, Token);

        Assert.Equal([second], await store.ListPendingAsync(workspace, Token));
        Assert.Equal(approved, await store.FindAsync(first.Id, Token));
        Assert.Equal([second, approved], await store.ListAsync(workspace, Samples.Noon, Samples.Noon.AddHours(1), Token));
    }

    [Theory, DatabaseData]
    public async Task Find_Unknown_IsNull(StorageProvider provider)
    {
        var store = (await databases.OpenAsync(provider)).Get<IApprovalStore>();

        Assert.Null(await store.FindAsync(Guid.NewGuid(), Token));
    }
}
