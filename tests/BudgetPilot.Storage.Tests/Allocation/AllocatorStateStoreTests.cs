using BudgetPilot.Core.Allocation;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Memory;
using BudgetPilot.Storage.Allocation;
using BudgetPilot.Storage.Database;
using BudgetPilot.Storage.Tests.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BudgetPilot.Storage.Tests.Allocation;

public sealed class AllocatorStateStoreTests(DatabaseFixture databases) : IClassFixture<DatabaseFixture>
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task Restart_NewEngineEveryCycleOverTheDatabase_ProposesExactlyWhatOneLongLivedEngineDoes(StorageProvider provider)
    {
        var database = await databases.OpenAsync(provider);
        var store = new OneWorkspace(database.Get<IAllocatorStateStore>(), DatabaseFixture.NewWorkspace());
        var single = new ResponseCurveAllocator();

        var reference = await new AllocatorRun(() => single).RunAsync(days: 20);
        var restarted = await new AllocatorRun(() => new ResponseCurveAllocator(state: store)).RunAsync(days: 20);

        Assert.NotEmpty(reference.Proposals);
        Assert.Equal(reference.Proposals, restarted.Proposals);
        Assert.Equal(reference.Days, restarted.Days);
        var saved = await store.LoadAsync(store.WorkspaceId, Token);
        Assert.Equal(DateOnly.FromDateTime(AllocatorRun.Start.AddDays(19).UtcDateTime), saved!.LastDecided);

        // More than the analysis week survived the restarts: that is what the database is for.
        Assert.True(saved.Days.Select(d => d.Date).Distinct().Count() > 7);
    }

    [Theory, DatabaseData]
    public async Task CorruptDay_IsLoggedAndTheAllocatorDecidesFromTheAnalysisWeekAsIfItHadNoMemory(StorageProvider provider)
    {
        var database = await databases.OpenAsync(provider);
        var logger = new ListLogger<AllocatorStateStore>();
        var store = new OneWorkspace(new AllocatorStateStore(database.Get<IDbContextFactory<BudgetPilotDbContext>>(), logger), DatabaseFixture.NewWorkspace());
        var corruptAt = AllocatorRun.Start.AddDays(10);

        // SQLite cannot hold a NaN (it becomes NULL); an infinite spend is as impossible and it can.
        var corrupt = provider == StorageProvider.PostgreSql
            ? "UPDATE allocator_days SET spend = 'NaN'::double precision WHERE workspace_id = {0} AND date = (SELECT MAX(date) FROM allocator_days WHERE workspace_id = {0})"
            : "UPDATE allocator_days SET spend = 9e999 WHERE workspace_id = {0} AND date = (SELECT MAX(date) FROM allocator_days WHERE workspace_id = {0})";
        var corrupted = await new AllocatorRun(() => new ResponseCurveAllocator(state: store))
        {
            BeforeTick = async now =>
            {
                if (now == corruptAt)
                {
                    await using var db = database.CreateContext();
                    var rows = await db.Database.ExecuteSqlRawAsync(corrupt, [store.WorkspaceId], Token);
                    Assert.True(rows > 0);
                }
            },
        }.RunAsync(days: 11);

        // The same run whose memory is simply gone on that day: what falling back to the analysis week means.
        var forgetful = new OneWorkspace(new InMemoryAllocatorStateStore(), "reference");
        var reference = await new AllocatorRun(() => new ResponseCurveAllocator(state: forgetful))
        {
            BeforeTick = now =>
            {
                if (now == corruptAt)
                {
                    forgetful.Inner = new InMemoryAllocatorStateStore();
                }

                return Task.CompletedTask;
            },
        }.RunAsync(days: 11);

        Assert.Equal(reference.Proposals, corrupted.Proposals);
        Assert.DoesNotContain(reference.Caveats, c => c.Contains("could not be used", StringComparison.Ordinal));
        var caveat = Assert.Single(corrupted.Caveats, c => c.Contains("could not be used", StringComparison.Ordinal));
        Assert.Contains("spend", caveat, StringComparison.Ordinal);
        var (level, message) = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Error, level);
        Assert.Contains(store.WorkspaceId, message, StringComparison.Ordinal);
        Assert.Contains("not a finite, non-negative amount", message, StringComparison.Ordinal);

        // The bad row was replaced with what the allocator saw that day, so the next day reads again.
        var healed = await store.LoadAsync(store.WorkspaceId, Token);
        Assert.Null(healed!.Problem());
        Assert.Equal(DateOnly.FromDateTime(corruptAt.UtcDateTime), healed.LastDecided);
    }

    [Theory, DatabaseData]
    public async Task UnusableSummary_ThrowsAStateErrorNamingTheProblem_AndLogsIt(StorageProvider provider)
    {
        var database = await databases.OpenAsync(provider);
        var logger = new ListLogger<AllocatorStateStore>();
        IAllocatorStateStore store = new AllocatorStateStore(database.Get<IDbContextFactory<BudgetPilotDbContext>>(), logger);
        var workspace = DatabaseFixture.NewWorkspace();
        await store.SaveAsync(workspace, Changes([Day(Meta("1"), Today.AddDays(-1))], keepFrom: Today.AddDays(-28)), Token);

        async Task<string> Corrupt(string sql, string maturity = "")
        {
            await using var db = database.CreateContext();
            await db.Database.ExecuteSqlRawAsync(sql, [workspace, maturity], Token);
            return (await Assert.ThrowsAsync<AllocatorStateException>(() => store.LoadAsync(workspace, Token))).Message;
        }

        var truncated = await Corrupt("UPDATE allocator_state SET maturity = {1} WHERE workspace_id = {0}", "{\"seen\": [0.5, 1");
        var shortened = await Corrupt("UPDATE allocator_state SET maturity = {1} WHERE workspace_id = {0}", "{\"seen\": [0], \"matured\": [0], \"pseudo\": 0}");
        var orphans = await Corrupt("DELETE FROM allocator_state WHERE workspace_id = {0}");

        Assert.Contains("maturity statistics do not parse", truncated, StringComparison.Ordinal);
        Assert.Contains("1 and 1 ages where 8 were expected", shortened, StringComparison.Ordinal);
        Assert.Contains("1 stored days have no allocator_state row", orphans, StringComparison.Ordinal);
        Assert.All(new[] { truncated, shortened, orphans }, m => Assert.Contains(workspace, m, StringComparison.Ordinal));
        Assert.Equal(3, logger.Entries.Count(e => e.Level == LogLevel.Error));
        Assert.Null(await store.LoadAsync(DatabaseFixture.NewWorkspace(), Token));
    }

    [Theory, DatabaseData]
    public async Task Save_UpsertsChangedDays_DeletesThoseBeforeTheWindow_AndRoundTripsEveryBit(StorageProvider provider)
    {
        var store = (await databases.OpenAsync(provider)).Get<IAllocatorStateStore>();
        var workspace = DatabaseFixture.NewWorkspace();
        var campaigns = new[] { Meta("1"), new CampaignId(Platform.GoogleAds, "g-9") };
        var first = campaigns.SelectMany(c => Enumerable.Range(1, 40).Select(age => Day(c, Today.AddDays(-age)))).ToList();
        var maturity = new MaturityStatistics([0, 0.1 + 0.2, 1.0 / 3, 2, 3, 4, 5, 6], [0, 1e-300, 7, 8, 9, 10, 11, Math.PI], 123.456789012345678);

        await store.SaveAsync(workspace, Changes(first, keepFrom: Today.AddDays(-28), maturity), Token);
        var afterFirst = await store.LoadAsync(workspace, Token);

        var changed = first.Single(d => d.Campaign == campaigns[0] && d.Date == Today.AddDays(-1)) with { Spend = 999.125, Learned = true };
        var added = Day(campaigns[1], Today);
        await store.SaveAsync(workspace, Changes([changed, added], keepFrom: Today.AddDays(-27), maturity, lastDecided: Today.AddDays(1)), Token);
        var afterSecond = await store.LoadAsync(workspace, Token);

        Assert.Equal(first.Where(d => d.Date >= Today.AddDays(-28)).OrderBy(d => d.Campaign).ThenBy(d => d.Date), Sorted(afterFirst!));
        Assert.Equal(maturity, afterFirst!.Maturity);
        Assert.Equal(Today, afterFirst.LastDecided);
        var expected = first.Where(d => d.Date >= Today.AddDays(-27)).Select(d => d.Campaign == changed.Campaign && d.Date == changed.Date ? changed : d).Append(added);
        Assert.Equal(expected.OrderBy(d => d.Campaign).ThenBy(d => d.Date), Sorted(afterSecond!));
        Assert.Equal(Today.AddDays(1), afterSecond!.LastDecided);
    }

    [Fact]
    public async Task Amnesia_ANewEngineWithoutStoredMemory_DecidesDifferently_SoTheRestartTestCanFail()
    {
        var single = new ResponseCurveAllocator();

        var reference = await new AllocatorRun(() => single).RunAsync(days: 20);
        var amnesiac = await new AllocatorRun(() => new ResponseCurveAllocator()).RunAsync(days: 20);

        Assert.NotEqual(reference.Proposals, amnesiac.Proposals);
    }

    [Fact]
    public async Task EachDecision_WritesAboutAWeekPerCampaign_NotTheWholeWindow()
    {
        var writes = new List<(int Changed, int Stored)>();
        var memory = new InMemoryAllocatorStateStore();
        var counting = new Counting(memory, writes);

        await new AllocatorRun(() => new ResponseCurveAllocator(state: counting)).RunAsync(days: 20, campaigns: 10);

        // Day 20: the window holds 20+ days a campaign; a save writes the analysis week's days that moved.
        Assert.Equal(20, writes.Count);
        var (changed, stored) = writes[^1];
        Assert.True(stored > 10 * 14, $"stored {stored}");
        Assert.InRange(changed, 1, 10 * 8);
    }

    private static CampaignId Meta(string id) => new(Platform.MetaAds, id);

    private static AllocatorDay Day(CampaignId campaign, DateOnly date)
    {
        var n = date.DayNumber % 97;
        return new AllocatorDay(campaign, date, 100 + (n / 3.0), 250.1 + n, 3, [10.1, 20.2, -1, 40.4, 50.5, 60.6, 70.7], n % 2 == 0);
    }

    private static AllocatorStateChanges Changes(IReadOnlyList<AllocatorDay> days, DateOnly keepFrom, MaturityStatistics? maturity = null, DateOnly? lastDecided = null) =>
        new(lastDecided ?? Today, maturity ?? MaturityStatistics.Prior, days, keepFrom, Replace: false, AllocatorRun.Start);

    private static IEnumerable<AllocatorDay> Sorted(AllocatorState state) => state.Days.OrderBy(d => d.Campaign).ThenBy(d => d.Date);

    private sealed class Counting(IAllocatorStateStore inner, List<(int Changed, int Stored)> writes) : IAllocatorStateStore
    {
        public Task<AllocatorState?> LoadAsync(string workspaceId, CancellationToken cancellationToken) => inner.LoadAsync(workspaceId, cancellationToken);

        public async Task SaveAsync(string workspaceId, AllocatorStateChanges changes, CancellationToken cancellationToken)
        {
            await inner.SaveAsync(workspaceId, changes, cancellationToken);
            writes.Add((changes.Changed.Count, (await inner.LoadAsync(workspaceId, cancellationToken))!.Days.Count));
        }
    }
}
