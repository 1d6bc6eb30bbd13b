using BudgetPilot.Core.Sharing;
using BudgetPilot.Storage.Tests.Databases;

namespace BudgetPilot.Storage.Tests.Sharing;

public sealed class ShareStoreTests(DatabaseFixture databases) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task AddListRevoke_RoundTripsEveryField_FirstRevocationWins(StorageProvider provider)
    {
        var store = (await databases.OpenAsync(provider)).Get<IShareStore>();
        var workspace = DatabaseFixture.NewWorkspace();
        var older = new ShareLink(Guid.NewGuid(), workspace, "daily", new DateOnly(2026, 3, 1), "approver", Samples.Noon, Samples.Noon.AddHours(48));
        var newer = new ShareLink(Guid.NewGuid(), workspace, "weekly", null, "admin", Samples.Noon.AddMinutes(5), Samples.Noon.AddDays(3));
        var elsewhere = newer with { Id = Guid.NewGuid(), WorkspaceId = DatabaseFixture.NewWorkspace() };
        await store.AddAsync(older, Token);
        await store.AddAsync(newer, Token);
        await store.AddAsync(elsewhere, Token);

        var listed = await store.ListAsync(workspace, Token);
        var revoked = await store.RevokeAsync(older.Id, Samples.Noon.AddHours(1), Token);
        var again = await store.RevokeAsync(older.Id, Samples.Noon.AddHours(2), Token);
        var missing = await store.RevokeAsync(Guid.NewGuid(), Samples.Noon, Token);

        Assert.Equal([newer, older], listed);
        Assert.Equal(older with { RevokedAt = Samples.Noon.AddHours(1) }, revoked);
        Assert.Equal(Samples.Noon.AddHours(1), again!.RevokedAt);
        Assert.Equal(revoked, await store.FindAsync(older.Id, Token));
        Assert.Null(missing);
    }
}
