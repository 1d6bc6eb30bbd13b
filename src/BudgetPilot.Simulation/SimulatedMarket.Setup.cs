using BudgetPilot.Core.Campaigns;
using BudgetPilot.Simulation.Curves;
using BudgetPilot.Simulation.Randomness;

namespace BudgetPilot.Simulation;

public sealed partial class SimulatedMarket
{
    private const double ColdStartShare = 0.2;

    private readonly Dictionary<CampaignId, int> byId = [];
    private readonly int[] platformOrdinal = new int[4];
    private readonly List<BudgetChange> changes = [];
    private bool[] changePointHits = [];
    private int changePointDay = -1;
    private int forcedShockDay = -1;
    private Platform forcedShockPlatform;

    /// <summary>The run day on which κ doubles for the affected campaigns, when the scenario has one.</summary>
    public int? ChangePointDay => changePointDay >= 0 ? changePointDay : null;

    private void Populate()
    {
        var n = Spec.CampaignCount;
        var weights = new double[n];
        var cold = new bool[n];
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            weights[i] = Math.Exp(0.8 * Draws.Normal(ref structure));
            total += weights[i];
            cold[i] = Spec.Scenario.Has(MarketEffects.ColdStart) && structure.NextDouble() < ColdStartShare;
        }

        if (Spec.Scenario.Has(MarketEffects.ColdStart) && n > 1 && !cold.Contains(true))
        {
            cold[n - 1] = true;
        }

        var allocatable = (double)Spec.TotalDailyBudget * (1 - Spec.ReserveFraction);
        for (var i = 0; i < n; i++)
        {
            var platform = i < 4 ? (Platform)i : PickPlatform(structure.NextDouble());
            var budget = Math.Floor(allocatable * weights[i] / total * 100) / 100;
            var i2 = table.Add();
            CampaignFactory.Draw(table, i2, Spec.Seed, platform, budget, lag.Buckets);
            table.Ids[i] = new CampaignId(platform, $"sim-{i + 1:D5}");
            table.Names[i] = CampaignNames.For(platform, platformOrdinal[(int)platform]++);
            byId[table.Ids[i]] = i;
            if (cold[i])
            {
                var launchDay = structure.NextInt(2, Math.Max(3, Math.Min(21, Spec.HorizonDays)));
                table.LaunchTick[i] = warmupTicks + (launchDay * DeliveryCurve.TicksPerDay);
                table.LaunchBudget[i] = budget;
                table.StartedAt[i] = Spec.Start.AddDays(launchDay);
            }
            else
            {
                var ageDays = Spec.WarmupDays + structure.Uniform(0, 300);
                table.StartedAt[i] = Spec.Start.AddHours(-Math.Round(ageDays * 24));
                table.Launched[i] = true;
                table.Active[i] = true;
                table.Budget[i] = (decimal)budget;
                Log(i, ChangeSource.Initial, CampaignStatus.Paused, 0m);
            }
        }

        DrawEvents();
    }

    private void DrawEvents()
    {
        changePointHits = new bool[Spec.CampaignCount];
        if (Spec.Scenario.Has(MarketEffects.ChangePoint))
        {
            changePointDay = structure.NextInt(Math.Min(5, Spec.HorizonDays - 1), Math.Max(6, Math.Min(26, Spec.HorizonDays - 2)));
            for (var i = 0; i < changePointHits.Length; i++)
            {
                changePointHits[i] = structure.NextDouble() < 0.3;
            }

            changePointHits[structure.NextInt(0, changePointHits.Length)] = true;
        }

        if (Spec.Scenario.Has(MarketEffects.PlatformShock))
        {
            // One shock is always placed early so that "days to recover" has something to measure.
            forcedShockDay = structure.NextInt(Math.Min(5, Spec.HorizonDays - 1), Math.Max(6, Math.Min(21, Spec.HorizonDays - 6)));
            forcedShockPlatform = (Platform)structure.NextInt(0, 4);
        }
    }

    private static Platform PickPlatform(double u) => u switch
    {
        < 0.35 => Platform.GoogleAds,
        < 0.65 => Platform.MetaAds,
        < 0.85 => Platform.TikTokAds,
        _ => Platform.LinkedInAds,
    };
}
