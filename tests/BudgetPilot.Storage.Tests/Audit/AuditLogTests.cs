using System.Data.Common;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Execution;
using BudgetPilot.Storage.Audit;
using BudgetPilot.Storage.Tests.Databases;
using Microsoft.EntityFrameworkCore;

namespace BudgetPilot.Storage.Tests.Audit;

public sealed class AuditLogTests(DatabaseFixture databases) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static AuditEntry Intent(string workspace, string key, DateTimeOffset at) => new(workspace, at, AuditKind.Intent, "rules", "ROAS below 1.5")
    {
        IdempotencyKey = key,
        ActionId = "act-1",
        Campaign = Samples.Meta(),
        CampaignName = "Spring sale",
        Action = ActionType.ReduceBudget,
        Before = new CampaignSnapshot(CampaignStatus.Active, 500m),
        After = new CampaignSnapshot(CampaignStatus.Active, 350m),
        Moved = 150m,
        Confidence = 0.82,
        GroupId = "g-1",
    };

    private static AuditEntry Outcome(AuditEntry intent, OutcomeStatus status) =>
        intent with { Kind = AuditKind.Outcome, At = intent.At.AddSeconds(2), Outcome = status, Detail = "read back 350.00" };

    [Theory, DatabaseData]
    public async Task Append_Entries_SequenceIncreasesAndRoundTrips(StorageProvider provider)
    {
        var log = (await databases.OpenAsync(provider)).Get<IAuditLog>();
        var workspace = DatabaseFixture.NewWorkspace();
        var intent = Intent(workspace, $"k-{Guid.NewGuid():N}", Samples.Noon);

        var appended = new List<AuditEntry>();
        foreach (var entry in new[] { intent, Outcome(intent, OutcomeStatus.Succeeded), new AuditEntry(workspace, Samples.Noon.AddMinutes(1), AuditKind.SettingsChanged, "maria", "raised min ROAS") })
        {
            appended.Add(await log.AppendAsync(entry, Token));
        }

        Assert.All(appended.Zip(appended.Skip(1)), pair => Assert.True(pair.Second.Sequence > pair.First.Sequence));
        Assert.Equal(appended, await log.ListAsync(workspace, Samples.Noon, Samples.Noon.AddHours(1), Token));
        Assert.Equal([appended[0]], await log.ListAsync(workspace, Samples.Noon, Samples.Noon.AddSeconds(1), Token));
    }

    [Theory, DatabaseData]
    public async Task Page_FilteredByKindCampaignAndName_MatchesTheInMemoryFilterNewestFirst(StorageProvider provider)
    {
        var log = (await databases.OpenAsync(provider)).Get<IAuditLog>();
        var workspace = DatabaseFixture.NewWorkspace();
        var meta = Samples.Meta();
        var other = CampaignId.Parse("google_ads:777");
        var appended = new List<AuditEntry>();
        for (var i = 0; i < 24; i++)
        {
            var (campaign, name) = (i % 3) switch { 0 => (meta, "Spring sale"), 1 => (other, "Winter SPRINGBOARD"), _ => ((CampaignId?)null, (string?)null) };
            // Times out of append order (as a late outcome is), and two at the same minute.
            var entry = new AuditEntry(workspace, Samples.Noon.AddMinutes((i * 7) % 24 - (i == 23 ? 1 : 0)), i % 2 == 0 ? AuditKind.Outcome : AuditKind.GuardrailRejected, "rules", $"entry {i}")
            {
                Campaign = campaign,
                CampaignName = name,
                Outcome = i % 2 == 0 ? OutcomeStatus.Succeeded : null,
            };
            appended.Add(await log.AppendAsync(entry, Token));
        }

        await log.AppendAsync(new AuditEntry(DatabaseFixture.NewWorkspace(), Samples.Noon, AuditKind.Outcome, "rules", "another workspace") { Campaign = meta, CampaignName = "Spring sale" }, Token);
        var all = new AuditQuery(workspace, Samples.Noon, Samples.Noon.AddHours(1));
        AuditQuery[] queries =
        [
            all,
            all with { Kind = AuditKind.Outcome },
            all with { CampaignId = meta.ToString() },
            all with { CampaignText = "spring" },
            all with { CampaignText = other.ToString(), Kind = AuditKind.GuardrailRejected },
            all with { From = Samples.Noon.AddMinutes(5), To = Samples.Noon.AddMinutes(15), CampaignText = "SALE" },
        ];
        foreach (var query in queries)
        {
            var expected = appended.Where(query.Matches).OrderByDescending(e => e.At).ThenByDescending(e => e.Sequence).ToList();
            foreach (var (skip, take) in new[] { (0, 5), (5, 5), (0, 100), (expected.Count, 5) })
            {
                var slice = await log.PageAsync(query, skip, take, Token);
                Assert.Equal(expected.Count, slice.Total);
                Assert.Equal(expected.Skip(skip).Take(take).Select(e => e.Sequence), slice.Items.Select(e => e.Sequence));
            }
        }

        Assert.Equal(16, (await log.PageAsync(all with { CampaignText = "spring" }, 0, 100, Token)).Total);
    }

    [Theory, DatabaseData]
    public async Task ListUnfinishedIntents_IntentWithoutOutcome_IsListed(StorageProvider provider)
    {
        var log = (await databases.OpenAsync(provider)).Get<IAuditLog>();
        var workspace = DatabaseFixture.NewWorkspace();
        var finished = Intent(workspace, $"done-{Guid.NewGuid():N}", Samples.Noon);
        var interrupted = Intent(workspace, $"cut-{Guid.NewGuid():N}", Samples.Noon.AddMinutes(1));
        await log.AppendAsync(finished, Token);
        var pending = await log.AppendAsync(interrupted, Token);
        await log.AppendAsync(Outcome(finished, OutcomeStatus.Failed), Token);
        await log.AppendAsync(Intent(DatabaseFixture.NewWorkspace(), $"other-{Guid.NewGuid():N}", Samples.Noon), Token);

        Assert.Equal([pending], await log.ListUnfinishedIntentsAsync(workspace, Token));
    }

    [Theory, DatabaseData]
    public async Task FindOutcome_ByKey_ReturnsOutcomeOrNull(StorageProvider provider)
    {
        var log = (await databases.OpenAsync(provider)).Get<IAuditLog>();
        var workspace = DatabaseFixture.NewWorkspace();
        var key = $"k-{Guid.NewGuid():N}";
        var intent = await log.AppendAsync(Intent(workspace, key, Samples.Noon), Token);

        Assert.Null(await log.FindOutcomeAsync(key, Token));

        var outcome = await log.AppendAsync(Outcome(intent, OutcomeStatus.Succeeded), Token);

        Assert.Equal(outcome, await log.FindOutcomeAsync(key, Token));
    }

    [Theory, DatabaseData]
    public async Task Rewrite_ThroughContextOrSql_IsRefused(StorageProvider provider)
    {
        var database = await databases.OpenAsync(provider);
        var entry = await database.Get<IAuditLog>().AppendAsync(Intent(DatabaseFixture.NewWorkspace(), $"k-{Guid.NewGuid():N}", Samples.Noon), Token);

        await using var db = database.CreateContext();
        var row = await db.Set<AuditEntryRow>().SingleAsync(a => a.Sequence == entry.Sequence, Token);
        row.Reason = "rewritten";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Token));
        db.ChangeTracker.Clear();
        db.Remove(row);
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Token));

        await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlAsync($"UPDATE audit_entries SET reason = 'x' WHERE sequence = {entry.Sequence}", Token));
        await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlAsync($"DELETE FROM audit_entries WHERE sequence = {entry.Sequence}", Token));
        Assert.Equal(entry.Reason, (await db.Set<AuditEntryRow>().AsNoTracking().SingleAsync(a => a.Sequence == entry.Sequence, Token)).Reason);
    }
}
