using BudgetPilot.Simulation.Curves;
using BudgetPilot.Simulation.Randomness;

namespace BudgetPilot.Simulation;

/// <summary>
/// The simulated ad market of BENCHMARK.md §1: one instance per run, advanced one 15-minute tick at a
/// time. Construction simulates <see cref="MarketSpec.WarmupDays"/> of history, so afterwards
/// <see cref="Now"/> equals <see cref="MarketSpec.Start"/>. Not thread-safe: one run, one thread.
/// </summary>
public sealed partial class SimulatedMarket
{
    private static readonly TimeSpan TickLength = TimeSpan.FromMinutes(15);

    private readonly CampaignTable table;
    private readonly LagModel lag;
    private readonly DateTimeOffset origin;
    private readonly int warmupTicks;
    private Prng structure;
    private int tick;

    public SimulatedMarket(MarketSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        spec.Validate();
        Spec = spec;
        Clock = new MarketClock(this);
        lag = spec.Scenario.Has(MarketEffects.DelayedConversions) ? LagModel.Delayed : LagModel.Immediate;
        origin = spec.Start.AddDays(-spec.WarmupDays);
        warmupTicks = spec.WarmupDays * DeliveryCurve.TicksPerDay;
        structure = Prng.ForStream(spec.Seed, 0);
        table = new CampaignTable(spec.CampaignCount);
        Populate();
        OpenDay();
        while (tick < warmupTicks)
        {
            Advance();
        }
    }

    public MarketSpec Spec { get; }

    /// <summary>Reads <see cref="Now"/>; hand it to anything that takes a <see cref="TimeProvider"/>.</summary>
    public TimeProvider Clock { get; }

    public DateTimeOffset Now => origin + (TickLength * tick);

    /// <summary>Days since <see cref="MarketSpec.Start"/> (negative during the warm-up).</summary>
    public int Day => (int)Math.Floor((tick - warmupTicks) / (double)DeliveryCurve.TicksPerDay);

    /// <summary>The quarter-hour of the day, 0..95; 0 is midnight UTC.</summary>
    public int TickOfDay => tick % DeliveryCurve.TicksPerDay;

    public int CampaignCount => table.Count;

    public decimal TotalDailyBudget => Spec.TotalDailyBudget;

    /// <summary>Moves the market forward one tick: delivery, then the hour's draws, then the day's roll.</summary>
    public void Advance()
    {
        var w = DeliveryCurve.Weight(TickOfDay);
        var t = table;
        for (var i = 0; i < t.Count; i++)
        {
            var rate = t.SpendRate[i];
            if (rate > 0)
            {
                var spend = w * rate;
                var value = w * t.ValueRate[i];
                t.HourSpend[i] += spend;
                t.HourValue[i] += value;
                t.DaySpend[i] += spend;
                t.DayValue[i] += value;
            }
        }

        tick++;
        if (tick % DeliveryCurve.TicksPerHour == 0)
        {
            CloseHour((tick / DeliveryCurve.TicksPerHour) - 1);
        }

        if (tick % DeliveryCurve.TicksPerDay == 0)
        {
            CloseDay((tick / DeliveryCurve.TicksPerDay) - 1);
            OpenDay();
        }
    }

    /// <summary>Advances until <see cref="Now"/> reaches <paramref name="instant"/> (rounded up to a tick).</summary>
    public void AdvanceTo(DateTimeOffset instant)
    {
        while (Now < instant)
        {
            Advance();
        }
    }
}
