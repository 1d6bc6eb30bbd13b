using BudgetPilot.Simulation.Curves;
using BudgetPilot.Simulation.Randomness;

namespace BudgetPilot.Simulation;

public sealed partial class SimulatedMarket
{
    private const double OrderValueSigma = 0.6;

    private readonly List<HourCell[]> cells = [];

    /// <summary>Sets the campaign's delivery rate and noise-free value rate for its current budget and status.</summary>
    private void Reprice(int i)
    {
        var t = table;
        var delivering = t.Launched[i] && t.Active[i] && t.Budget[i] > 0;
        var rate = delivering ? Math.Min((double)t.Budget[i], t.Cap[i]) : 0;
        t.SpendRate[i] = rate;
        t.ValueRate[i] = rate > 0 ? t.Amplitude[i] * Hill.Value(rate + (t.Theta[i] * t.Adstock[i]), t.Kappa[i], t.Alpha[i]) : 0;
    }

    /// <summary>Turns the hour's noise-free delivery into what a platform would count: impressions, clicks, conversions.</summary>
    private void CloseHour(int globalHour)
    {
        var t = table;
        if (cells[globalHour / 24].Length < t.Count * 24)
        {
            // A campaign was created after midnight: make room for its rows (rare, so a copy is fine).
            var grown = cells[globalHour / 24];
            Array.Resize(ref grown, t.Ids.Length * 24);
            cells[globalHour / 24] = grown;
        }

        var day = cells[globalHour / 24];
        var hourOfDay = globalHour % 24;
        var buckets = lag.Buckets;
        var slot = (globalHour % CampaignFactory.RingHours) * buckets;
        for (var i = 0; i < t.Count; i++)
        {
            var ringConversions = t.RingConversions[i];
            var ringValue = t.RingValue[i];
            Array.Clear(ringConversions, slot, buckets);
            Array.Clear(ringValue, slot, buckets);
            var spend = t.HourSpend[i];
            var expectedValue = t.HourValue[i];
            t.HourSpend[i] = 0;
            t.HourValue[i] = 0;
            if (spend <= 0 || (i * 24) + hourOfDay >= day.Length)
            {
                continue;
            }

            ref var noise = ref t.Noise[i];
            ref var cell = ref day[(i * 24) + hourOfDay];
            var ctr = t.Ctr0[i] * t.Fatigue[i];
            var expectedClicks = spend / (t.Cpc0[i] * shockCpc[(int)t.Platforms[i]]);
            var impressions = Draws.Poisson(ref noise, expectedClicks / ctr);
            var clicks = Math.Min(impressions, Draws.Poisson(ref noise, impressions * ctr));
            var conversions = Draws.NegativeBinomial(ref noise, expectedValue / t.Aov[i], t.Dispersion[i]);
            var value = 0.0;
            for (var c = 0; c < conversions; c++)
            {
                var orderValue = Draws.LogNormalWithMean(ref noise, t.Aov[i], OrderValueSigma);
                var k = buckets == 1 ? 0 : lag.Bucket(noise.NextDouble());
                ringConversions[slot + k] += 1;
                ringValue[slot + k] += orderValue;
                value += orderValue;
            }

            cell.Spend = spend;
            cell.Value = value;
            cell.Conversions = conversions;
            cell.Impressions = (int)Math.Min(int.MaxValue, impressions);
            cell.Clicks = (int)Math.Min(int.MaxValue, clicks);
            cell.ImpressionShare = (float)Math.Min(1.0, (double)t.Budget[i] / t.Cap[i]);
        }
    }

    /// <summary>Conversions and value of a closed hour as reported at <see cref="Now"/>: only what has matured.</summary>
    private (double Conversions, double Value) Matured(int i, int globalHour, in HourCell cell)
    {
        var ageMinutes = (int)(Now - origin).TotalMinutes - ((globalHour + 1) * 60);
        if (ageMinutes >= lag.MaxDelayMinutes)
        {
            return (cell.Conversions, cell.Value);
        }

        var slot = (globalHour % CampaignFactory.RingHours) * lag.Buckets;
        double conversions = 0, value = 0;
        for (var k = 0; k < lag.Buckets && lag.DelayMinutes[k] <= ageMinutes; k++)
        {
            conversions += table.RingConversions[i][slot + k];
            value += table.RingValue[i][slot + k];
        }

        return (conversions, value);
    }
}
