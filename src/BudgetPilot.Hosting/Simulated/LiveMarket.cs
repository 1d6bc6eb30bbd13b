using System.Globalization;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Execution;
using BudgetPilot.Hosting.Configuration;
using BudgetPilot.Simulation;

namespace BudgetPilot.Hosting.Simulated;

/// <summary>
/// The simulated market as a live demo: built once per process with 30 days of warm-up ending at
/// today's UTC midnight, then advanced to the wall clock before each cycle. After a restart the budgets
/// and statuses BudgetPilot last stored are applied to it again, so the demo does not forget its decisions.
/// </summary>
public sealed class LiveMarket
{
    private readonly Lock gate = new();
    private bool restored;

    public LiveMarket(PlatformSection section, Workspace workspace, TimeProvider time)
    {
        var now = time.GetUtcNow();
        var seed = ulong.Parse(section.Settings.GetValueOrDefault("seed", "42"), CultureInfo.InvariantCulture);
        var campaigns = int.Parse(section.Settings.GetValueOrDefault("campaigns", "24"), CultureInfo.InvariantCulture);
        var scenario = Scenario.Parse(section.Settings.GetValueOrDefault("scenario", "all_combined"));
        var start = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        Market = new SimulatedMarket(new MarketSpec(seed, campaigns, scenario, start, workspace.TotalDailyBudget, workspace.Currency) { HorizonDays = 3650 });
        Platforms = SimulatedPlatform.ForAll(Market);
    }

    public SimulatedMarket Market { get; }

    public IReadOnlyList<SimulatedPlatform> Platforms { get; }

    public void AdvanceTo(DateTimeOffset now)
    {
        lock (gate)
        {
            if (now > Market.Now)
            {
                Market.AdvanceTo(now);
            }
        }
    }

    /// <summary>Applies stored campaign state once per process; returns how many campaigns differed.</summary>
    public int Restore(IReadOnlyList<Campaign> stored)
    {
        lock (gate)
        {
            if (restored)
            {
                return 0;
            }

            restored = true;
            var changed = 0;
            foreach (var campaign in stored)
            {
                var index = Market.IndexOf(campaign.Id);
                if (index < 0 || !Market.IsLaunched(index))
                {
                    continue;
                }

                var current = Market.Campaign(index);
                if (current.DailyBudget != campaign.DailyBudget || current.Status != campaign.Status)
                {
                    Market.Apply(new CampaignChange(campaign.Id, campaign.Status, campaign.DailyBudget));
                    changed++;
                }
            }

            return changed;
        }
    }
}
