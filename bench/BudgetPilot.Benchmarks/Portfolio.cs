using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Metrics;

namespace BudgetPilot.Benchmarks;

/// <summary>
/// A deterministic workspace of <c>count</c> campaigns with hourly history ending at <see cref="Now"/>, mixed so
/// every rule fires: one campaign in ten each is a loser (ROAS 0.8–1.4), declining (1.5–2.0 and falling),
/// silent (no conversions for 60 h), fatigued (CTR down 40%), volatile (2–3, ±40% a day), hit by a CPC
/// spike; two in ten are winners (ROAS 4.2–8), two are steady (1.8–4). Samples are built once and shared.
/// </summary>
public sealed class Portfolio
{
    /// <summary>A Friday at 10:00 UTC: on the hour mark (increases and reallocation run), not the first cycle of the day.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    private Portfolio(Workspace workspace, IReadOnlyList<Campaign> campaigns, IReadOnlyList<MetricSample[]> samples)
    {
        Workspace = workspace;
        Campaigns = campaigns;
        Samples = samples;
    }

    public Workspace Workspace { get; }

    public IReadOnlyList<Campaign> Campaigns { get; }

    /// <summary>Per campaign (same index as <see cref="Campaigns"/>), its samples in hour order.</summary>
    public IReadOnlyList<MetricSample[]> Samples { get; }

    public int SampleCount => Samples.Sum(s => s.Length);

    public static Portfolio Build(int count, int days, decimal reserveFraction = 0.02m, int seed = 42)
    {
        var random = new Random(seed);
        var campaigns = new Campaign[count];
        var samples = new MetricSample[count][];
        var total = 0m;
        for (var i = 0; i < count; i++)
        {
            var id = new CampaignId((Platform)(i % 4), $"c{i:D6}");
            var budget = Math.Round(100m + (decimal)random.NextDouble() * 900m, 2);
            campaigns[i] = new Campaign(id, $"Campaign {i}", CampaignStatus.Active, budget, Now.AddDays(-60));
            samples[i] = History(random, id, budget, days, i % 10);
            total += budget;
        }

        // By default a 2% reserve: the first increases are paid from it; with none, every increase needs a reallocation.
        var workspace = new Workspace("bench", "Benchmark portfolio", Math.Round(total * (1m + reserveFraction), 2), "USD", TimeZoneInfo.Utc, 3m, null, 5_000m);
        return new Portfolio(workspace, campaigns, samples);
    }

    private static MetricSample[] History(Random random, CampaignId id, decimal budget, int days, int profile)
    {
        double U(double lo, double hi) => lo + (random.NextDouble() * (hi - lo));
        var baseRoas = profile switch
        {
            0 => U(0.8, 1.4),
            1 => 0,
            2 => U(2, 4),
            3 => U(2.5, 3.5),
            4 or 5 => U(4.2, 8),
            6 => U(2.1, 2.9),
            7 => U(3, 4),
            _ => U(1.8, 4),
        };
        var cpc = U(0.5, 2.5);
        var ctr = U(0.01, 0.05);
        var aov = U(30, 120);
        var share = U(0.55, 0.95);
        var first = Now.AddDays(-days);
        var result = new MetricSample[days * 24];
        var dayRoas = 0d;
        for (var h = 0; h < result.Length; h++)
        {
            var hour = first.AddHours(h);
            var age = Now - hour;
            var daysAgo = (Now.Date - hour.Date).Days;
            if (h == 0 || hour.Hour == 0)
            {
                dayRoas = profile switch
                {
                    1 => daysAgo > 7 ? 2.3 : 1.6 + (0.08 * daysAgo),
                    6 => baseRoas * U(0.6, 1.4),
                    _ => baseRoas * U(0.95, 1.05),
                };
            }

            var weight = hour.Hour is >= 8 and <= 22 ? 1.3 : 0.45;
            var spend = Math.Round((double)budget / 24 * 0.9 * weight * U(0.8, 1.2), 2);
            var hourCpc = profile == 7 && age <= TimeSpan.FromHours(24) ? cpc * 1.4 : cpc;
            var hourCtr = profile == 3 && age <= TimeSpan.FromDays(3) ? ctr * 0.6 : ctr;
            var clicks = (long)Math.Round(spend / hourCpc);
            var impressions = (long)Math.Round(clicks / hourCtr);
            var silent = profile == 2 && age <= TimeSpan.FromHours(60);
            var value = silent ? 0 : spend * dayRoas * U(0.75, 1.25);
            result[h] = new MetricSample(id, hour, (decimal)spend, impressions, clicks, Math.Round((decimal)(value / aov), 2), Math.Round((decimal)value, 2), share);
        }

        return result;
    }
}
