using BudgetPilot.Core;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Storage.Tests.Databases;

namespace BudgetPilot.Storage.Tests.Campaigns;

public sealed class CampaignStoreTests(DatabaseFixture databases) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task Upsert_NewAndKnown_ListReturnsLatestPerWorkspace(StorageProvider provider)
    {
        var store = (await databases.OpenAsync(provider)).Get<ICampaignStore>();
        var workspace = DatabaseFixture.NewWorkspace();
        var google = new Campaign(new CampaignId(Platform.GoogleAds, "9"), "Brand", CampaignStatus.Active, 120.50m, Samples.Noon) { HasSharedBudget = true };
        var meta = new Campaign(Samples.Meta(), "Prospecting", CampaignStatus.Active, 300m, Samples.Noon.AddDays(-10));

        await store.UpsertAsync(workspace, [meta, google], Token);
        await store.UpsertAsync(workspace, [meta with { Status = CampaignStatus.Paused, DailyBudget = 0.123456m }], Token);
        await store.UpsertAsync(DatabaseFixture.NewWorkspace(), [google], Token);

        var listed = await store.ListAsync(workspace, Token);

        Assert.Equal([google, meta with { Status = CampaignStatus.Paused, DailyBudget = 0.123456m }], listed);
    }

    [Theory, DatabaseData]
    public async Task Upsert_AdSetLevelBudget_KeepsItsMark(StorageProvider provider)
    {
        var store = (await databases.OpenAsync(provider)).Get<ICampaignStore>();
        var workspace = DatabaseFixture.NewWorkspace();
        var meta = new Campaign(Samples.Meta(), "Ad-set budgets", CampaignStatus.Active, 70m, Samples.Noon) { BudgetOnAdSets = true };

        await store.UpsertAsync(workspace, [meta], Token);

        Assert.True(Assert.Single(await store.ListAsync(workspace, Token)).BudgetOnAdSets);
    }

    [Theory, DatabaseData]
    public async Task Upsert_ConvertedBudget_RoundTripsWithItsRateAndIsClearedWhenNoLongerConverted(StorageProvider provider)
    {
        var store = (await databases.OpenAsync(provider)).Get<ICampaignStore>();
        var workspace = DatabaseFixture.NewWorkspace();
        var conversion = new CurrencyConversion("JPY", "USD", 0.006667m, "currency_rates_file rates.csv", new DateOnly(2026, 11, 20));
        var tiktok = new Campaign(new CampaignId(Platform.TikTokAds, "77"), "JP launch", CampaignStatus.Active, 100.005m, Samples.Noon)
        {
            ReportedBudget = new ReportedBudget(15_000m, conversion),
        };

        await store.UpsertAsync(workspace, [tiktok], Token);
        var first = await store.ListAsync(workspace, Token);
        await store.UpsertAsync(workspace, [tiktok with { ReportedBudget = null }], Token);
        var second = await store.ListAsync(workspace, Token);

        Assert.Equal([tiktok], first);
        Assert.Equal(conversion, first[0].ReportedBudget!.Conversion);
        Assert.Null(Assert.Single(second).ReportedBudget);
    }

    [Theory, DatabaseData]
    public async Task List_UnknownWorkspace_IsEmpty(StorageProvider provider)
    {
        var store = (await databases.OpenAsync(provider)).Get<ICampaignStore>();

        Assert.Empty(await store.ListAsync(DatabaseFixture.NewWorkspace(), Token));
    }
}
