using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Memory;
using BudgetPilot.Core.Rules;
using BudgetPilot.Core.Settings;
using Microsoft.Extensions.Time.Testing;

namespace BudgetPilot.Core.Tests.Support;

/// <summary>A whole workspace in memory: fake Meta and TikTok platforms, stores, executor, clock and the real cycle.</summary>
public sealed class Desk
{
    public static readonly DateTimeOffset Start = new(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);

    public Desk(WorkspaceSettings? settings = null, decimal total = 10_000m)
    {
        Workspace = new Workspace("ws", "Test", total, "USD", TimeZoneInfo.Utc, 3m, null, 5_000m);
        Settings = settings ?? new WorkspaceSettings();
        var platforms = new Dictionary<Platform, IAdPlatform> { [Platform.MetaAds] = Meta, [Platform.TikTokAds] = TikTok };
        Context = new WorkspaceContext(Workspace, Settings, Stores.Of(Store), new Executor(Store, Store, platforms, Time), Time);
        Cycle = new OptimizationCycle(Context, [Meta, TikTok], [new SeedRulesEngine()]);
    }

    public FakeTimeProvider Time { get; } = new(Start);

    public InMemoryStore Store { get; } = new();

    public FakePlatform Meta { get; } = new(Platform.MetaAds);

    public FakePlatform TikTok { get; } = new(Platform.TikTokAds);

    public Workspace Workspace { get; }

    public WorkspaceSettings Settings { get; }

    public WorkspaceContext Context { get; }

    public OptimizationCycle Cycle { get; }

    /// <summary>A campaign with 16 days of flat history at <paramref name="roas"/>, started 30 days ago.</summary>
    public CampaignId Add(FakePlatform platform, string id, string name, decimal budget, decimal roas, Func<int, decimal>? roasOnDay = null)
    {
        var campaignId = new CampaignId(platform.Platform, id);
        platform.Add(
            new Campaign(campaignId, name, CampaignStatus.Active, budget, Start.AddDays(-30)),
            History.Daily(campaignId, Start.AddDays(-16), 16 + 4, budget, roasOnDay ?? (_ => roas)));
        return campaignId;
    }

    public Task<CycleRecord> RunAsync() => Cycle.RunAsync(Time.GetUtcNow(), CancellationToken.None);

    /// <summary>Runs a cycle every 15 simulated minutes for <paramref name="duration"/>.</summary>
    public async Task<List<CycleRecord>> RunForAsync(TimeSpan duration)
    {
        var records = new List<CycleRecord>();
        var end = Time.GetUtcNow() + duration;
        while (Time.GetUtcNow() < end)
        {
            Time.Advance(TimeSpan.FromMinutes(15));
            records.Add(await RunAsync());
        }

        return records;
    }
}
