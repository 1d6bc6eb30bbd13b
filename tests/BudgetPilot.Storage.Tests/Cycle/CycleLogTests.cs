using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Storage.Tests.Databases;

namespace BudgetPilot.Storage.Tests.Cycle;

public sealed class CycleLogTests(DatabaseFixture databases) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static CycleRecord Record(string workspace, DateTimeOffset at, DecisionReport? report = null) =>
        new(Guid.NewGuid(), workspace, at, TimeSpan.FromMilliseconds(1234.5), at.Minute == 0, report, new CycleCounts { Proposed = 3, Executed = 2 }, ["meta_ads unreachable"]);

    [Theory, DatabaseData]
    public async Task List_Range_NewestFirstWithReport(StorageProvider provider)
    {
        var log = (await databases.OpenAsync(provider)).Get<ICycleLog>();
        var workspace = DatabaseFixture.NewWorkspace();
        var action = Samples.Action();
        var report = new DecisionReport(
            Samples.Noon,
            OverallHealth.Fair,
            [action],
            [new MonitoringItem(action.Campaign, "Spring sale", "roas", "< 1.2", "hourly", "declining", 0.7)],
            new BudgetReallocation(150m, [new BudgetMove(action.Campaign, 150m)], []),
            new ExpectedOutcomes(1.8m, 2.1m, "+16%", 109.5m),
            ["conversion lag"])
        { Engine = "allocator" };
        var first = Record(workspace, Samples.Noon, report);
        var second = Record(workspace, Samples.Noon.AddMinutes(15));
        var outside = Record(workspace, Samples.Noon.AddHours(1));
        foreach (var record in new[] { second, first, outside })
        {
            await log.SaveAsync(record, Token);
        }

        var listed = await log.ListAsync(workspace, Samples.Noon, Samples.Noon.AddHours(1), Token);

        Assert.Equivalent(new[] { second, first }, listed, strict: true);
        Assert.Equal([second.Id, first.Id], listed.Select(c => c.Id));
        Assert.Equal("allocator", listed[1].Report?.Engine);
    }

    [Theory, DatabaseData]
    public async Task Save_SameIdTwice_KeepsOneRecord(StorageProvider provider)
    {
        var log = (await databases.OpenAsync(provider)).Get<ICycleLog>();
        var workspace = DatabaseFixture.NewWorkspace();
        var record = Record(workspace, Samples.Noon);

        await log.SaveAsync(record, Token);
        await log.SaveAsync(record with { Errors = [] }, Token);

        var listed = Assert.Single(await log.ListAsync(workspace, Samples.Noon, Samples.Noon.AddHours(1), Token));
        Assert.Empty(listed.Errors);
    }
}
