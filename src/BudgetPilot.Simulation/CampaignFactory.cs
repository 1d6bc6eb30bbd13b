using BudgetPilot.Core.Campaigns;
using BudgetPilot.Simulation.Curves;
using BudgetPilot.Simulation.Randomness;

namespace BudgetPilot.Simulation;

/// <summary>Draws a campaign's true curve, costs and fatigue from its own stream, so it is the same in every run.</summary>
internal static class CampaignFactory
{
    public const int RingHours = 256;

    public static void Draw(CampaignTable t, int i, ulong seed, Platform platform, double budget, int bucketCount)
    {
        var rng = Prng.ForStream(seed, 1_000_000UL + (ulong)i);
        t.Platforms[i] = platform;
        t.Alpha[i] = rng.Uniform(0.7, 2.5);
        t.Theta[i] = rng.Uniform(0, 0.3);

        // Steady-state adstock at today's budget; κ puts it at 0.3–1.5× the half-saturation point,
        // β makes today's ROAS land anywhere from 0.8 to 8.
        var steady = budget / (1 - t.Theta[i]);
        t.Kappa0[i] = steady / rng.Uniform(0.3, 1.5);
        var roas = rng.LogUniform(0.8, 8.0);
        t.Beta0[i] = roas * budget / Hill.Value(steady, t.Kappa0[i], t.Alpha[i]);

        var (cpcLow, cpcHigh, ctrLow, ctrHigh, aovScale) = platform switch
        {
            Platform.GoogleAds => (0.8, 3.0, 0.02, 0.06, 1.0),
            Platform.MetaAds => (0.5, 2.0, 0.008, 0.02, 1.0),
            Platform.TikTokAds => (0.3, 1.2, 0.006, 0.015, 0.8),
            _ => (4.0, 10.0, 0.004, 0.01, 2.5),
        };
        t.Cpc0[i] = rng.Uniform(cpcLow, cpcHigh);
        t.Ctr0[i] = rng.Uniform(ctrLow, ctrHigh);
        t.Aov[i] = rng.LogUniform(30, 250) * aovScale;
        t.Cap[i] = budget * rng.Uniform(1.2, 3.5);
        t.SBar[i] = Math.Max(budget, 1.0);
        t.Rho[i] = rng.Uniform(0.95, 0.98);
        t.Eta[i] = rng.Uniform(0.05, 0.15);
        t.E0[i] = rng.Uniform(8, 15);
        t.FMin[i] = rng.Uniform(0.4, 0.7);
        t.Dispersion[i] = rng.Uniform(2, 10);
        t.WeekdayAmplitude[i] = rng.Uniform(0.15, 0.25);
        t.RefreshEveryDays[i] = rng.NextInt(21, 46);
        t.NextRefreshDay[i] = rng.NextInt(0, t.RefreshEveryDays[i]);
        t.Exposure[i] = rng.Uniform(0, t.E0[i]);
        t.Adstock[i] = steady;
        t.Fatigue[i] = 1;
        t.Kappa[i] = t.Kappa0[i];
        t.Noise[i] = Prng.ForStream(seed, 2_000_000UL + (ulong)i);
        t.DriftNoise[i] = Prng.ForStream(seed, 3_000_000UL + (ulong)i);
        t.RingConversions[i] = new float[RingHours * bucketCount];
        t.RingValue[i] = new double[RingHours * bucketCount];
    }
}
