using BudgetPilot.Core.Campaigns;
using BudgetPilot.Simulation.Curves;
using BudgetPilot.Simulation.Randomness;

namespace BudgetPilot.Simulation;

public sealed partial class SimulatedMarket
{
    private const double ShockChancePerDay = 0.02;

    private readonly double[] shockValue = [1, 1, 1, 1];
    private readonly double[] shockCpc = [1, 1, 1, 1];
    private readonly int[] shockDaysLeft = new int[4];
    private readonly List<ShockEvent> shocks = [];
    private readonly List<DayOutcome> days = [];
    private DayOfWeek weekdayToday;

    /// <summary>Run days closed so far (the warm-up is not scored).</summary>
    public IReadOnlyList<DayOutcome> Days => days;

    public IReadOnlyList<ShockEvent> Shocks => shocks;

    private void CloseDay(int globalDay)
    {
        var t = table;
        var fatigue = Spec.Scenario.Has(MarketEffects.Fatigue);
        double spend = 0, value = 0;
        for (var i = 0; i < t.Count; i++)
        {
            t.Adstock[i] = t.DaySpend[i] + (t.Theta[i] * t.Adstock[i]);
            if (fatigue)
            {
                t.Exposure[i] = (t.Rho[i] * t.Exposure[i]) + (t.DaySpend[i] / t.SBar[i]);
            }

            spend += t.DaySpend[i];
            value += t.DayValue[i];
            t.DaySpend[i] = 0;
            t.DayValue[i] = 0;
        }

        var runDay = globalDay - Spec.WarmupDays;
        if (runDay >= 0)
        {
            days.Add(new DayOutcome(runDay, DateOnly.FromDateTime(origin.AddDays(globalDay).UtcDateTime), spend, value));
        }
    }

    private void OpenDay()
    {
        var globalDay = tick / DeliveryCurve.TicksPerDay;
        var runDay = globalDay - Spec.WarmupDays;
        weekdayToday = origin.AddDays(globalDay).DayOfWeek;
        RollShocks(runDay);
        var t = table;
        var effects = Spec.Scenario.Effects;
        for (var i = 0; i < t.Count; i++)
        {
            if ((effects & MarketEffects.Drift) != 0)
            {
                t.LogKappaDrift[i] = (0.99 * t.LogKappaDrift[i]) + (0.02 * Draws.Normal(ref t.DriftNoise[i]));
                t.LogBetaDrift[i] = (0.99 * t.LogBetaDrift[i]) + (0.015 * Draws.Normal(ref t.DriftNoise[i]));
            }

            if (runDay == changePointDay && i < changePointHits.Length && changePointHits[i])
            {
                t.ChangePointHit[i] = true;
            }

            if ((effects & MarketEffects.Fatigue) != 0)
            {
                if (globalDay == t.NextRefreshDay[i])
                {
                    t.Exposure[i] = 0;
                    t.NextRefreshDay[i] += t.RefreshEveryDays[i];
                }

                t.Fatigue[i] = FatigueOf(i);
            }

            if (!t.Launched[i] && t.LaunchTick[i] == tick)
            {
                Launch(i);
            }

            RefreshTruth(i);
        }

        cells.Add(new HourCell[t.Ids.Length * 24]);
    }

    /// <summary>Today's κ and value amplitude β·W·F·C for one campaign, then its rates.</summary>
    private void RefreshTruth(int i)
    {
        var t = table;
        var weekday = Spec.Scenario.Has(MarketEffects.DayOfWeek)
            ? 1 + (t.WeekdayAmplitude[i] * WeekdayProfile.Shape(t.Platforms[i], weekdayToday))
            : 1;
        t.Kappa[i] = t.Kappa0[i] * Math.Exp(t.LogKappaDrift[i]) * (t.ChangePointHit[i] ? 2 : 1);
        t.Amplitude[i] = t.Beta0[i] * Math.Exp(t.LogBetaDrift[i]) * weekday * t.Fatigue[i] * shockValue[(int)t.Platforms[i]];
        Reprice(i);
    }

    private double FatigueOf(int i)
    {
        var t = table;
        return t.FMin[i] + ((1 - t.FMin[i]) * Math.Exp(-t.Eta[i] * Math.Max(0, t.Exposure[i] - t.E0[i])));
    }

    private void RollShocks(int runDay)
    {
        if (!Spec.Scenario.Has(MarketEffects.PlatformShock) || runDay < 0)
        {
            return;
        }

        for (var p = 0; p < 4; p++)
        {
            if (shockDaysLeft[p] > 0 && --shockDaysLeft[p] == 0)
            {
                shockValue[p] = 1;
                shockCpc[p] = 1;
            }

            // Draw every day whatever the state, so the stream never depends on history.
            var start = structure.NextDouble() < ShockChancePerDay || (runDay == forcedShockDay && p == (int)forcedShockPlatform);
            var delta = structure.Uniform(0.2, 0.5);
            var length = structure.NextInt(4, 7);
            if (start && shockDaysLeft[p] == 0)
            {
                shockDaysLeft[p] = length;
                shockValue[p] = 1 - delta;
                shockCpc[p] = 1 + delta;
                shocks.Add(new ShockEvent((Platform)p, runDay, length, delta));
            }
        }
    }
}
