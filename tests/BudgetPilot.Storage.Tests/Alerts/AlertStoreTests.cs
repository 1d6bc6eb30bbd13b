using BudgetPilot.Core.Alerts;
using BudgetPilot.Storage.Tests.Databases;

namespace BudgetPilot.Storage.Tests.Alerts;

public sealed class AlertStoreTests(DatabaseFixture databases) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static Alert Open(string workspace, DateTimeOffset at, AlertKind kind = AlertKind.RoasDrop) =>
        new(Guid.NewGuid(), workspace, Samples.Meta(), kind, AlertSeverity.High, "ROAS fell 40%", at, at) { Observed = 1.1m, Threshold = 1.5m };

    [Theory, DatabaseData]
    public async Task Save_OpenThenResolved_LeavesOpenList(StorageProvider provider)
    {
        var store = (await databases.OpenAsync(provider)).Get<IAlertStore>();
        var workspace = DatabaseFixture.NewWorkspace();
        var roas = Open(workspace, Samples.Noon);
        var cycle = Open(workspace, Samples.Noon.AddMinutes(15), AlertKind.CycleFailed) with { Campaign = null, Observed = null };

        await store.SaveAsync([roas, cycle], Token);
        Assert.Equal([cycle, roas], await store.ListOpenAsync(workspace, Token));

        var resolved = roas with { ResolvedAt = Samples.Noon.AddHours(3), LastSeenAt = Samples.Noon.AddHours(2) };
        await store.SaveAsync([resolved], Token);

        Assert.Equal([cycle], await store.ListOpenAsync(workspace, Token));
        Assert.Equal([resolved, cycle], await store.ListAsync(workspace, Samples.Noon, Samples.Noon.AddDays(1), Token));
    }

    [Theory, DatabaseData]
    public async Task List_Range_IncludesAlertsResolvedInsideIt(StorageProvider provider)
    {
        var store = (await databases.OpenAsync(provider)).Get<IAlertStore>();
        var workspace = DatabaseFixture.NewWorkspace();
        var old = Open(workspace, Samples.Noon.AddDays(-5)) with { ResolvedAt = Samples.Noon.AddHours(1) };
        var older = Open(workspace, Samples.Noon.AddDays(-5), AlertKind.CtrDrop);
        var later = Open(workspace, Samples.Noon.AddDays(2), AlertKind.CpcSpike);
        await store.SaveAsync([old, older, later], Token);

        var listed = await store.ListAsync(workspace, Samples.Noon, Samples.Noon.AddDays(1), Token);

        Assert.Equal([old], listed);
    }
}
