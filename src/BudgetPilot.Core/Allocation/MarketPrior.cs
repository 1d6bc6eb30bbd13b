using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;

namespace BudgetPilot.Core.Allocation;

/// <summary>
/// What the whole portfolio says about each platform: its lag-corrected return (the prior centre every
/// campaign is shrunk toward), its value per conversion (the noise scale), and its day-of-week pattern,
/// each shrunk toward the market's when the platform has little data.
/// </summary>
internal sealed class MarketPrior
{
    private readonly Dictionary<Platform, double> roas = [];
    private readonly Dictionary<Platform, double> perConversion = [];
    private readonly Dictionary<Platform, double[]> week = [];
    private double marketRoas = 1;
    private double marketPerConversion = 50;

    public double Roas(Platform platform) => roas.GetValueOrDefault(platform, marketRoas);

    public double ValuePerConversion(Platform platform) => perConversion.GetValueOrDefault(platform, marketPerConversion);

    public double DayWeight(Platform platform, DayOfWeek day) => week.TryGetValue(platform, out var w) ? w[(int)day] : 1;

    public static MarketPrior Of(IReadOnlyList<CampaignAnalysis> active, ObservedDay[][] series)
    {
        var prior = new MarketPrior();
        var byPlatform = new Dictionary<Platform, (double Spend, double Value, double Conversions, double[] DaySpend, double[] DayValue, HashSet<DateOnly>[] Dates)>();
        for (var i = 0; i < active.Count; i++)
        {
            var platform = active[i].Campaign.Id.Platform;
            if (!byPlatform.TryGetValue(platform, out var acc))
            {
                acc = (0, 0, 0, new double[7], new double[7], [.. Enumerable.Range(0, 7).Select(_ => new HashSet<DateOnly>())]);
            }

            foreach (var d in series[i])
            {
                var matured = d.Value / Math.Max(d.Completeness, 0.05);
                acc.Spend += d.Spend;
                acc.Value += matured;
                acc.Conversions += d.Conversions / Math.Max(d.Completeness, 0.05);
                var dow = (int)d.Date.DayOfWeek;
                acc.DaySpend[dow] += d.Spend;
                acc.DayValue[dow] += matured;
                acc.Dates[dow].Add(d.Date);
            }

            byPlatform[platform] = acc;
        }

        var spend = byPlatform.Values.Sum(p => p.Spend);
        var value = byPlatform.Values.Sum(p => p.Value);
        var conversions = byPlatform.Values.Sum(p => p.Conversions);
        prior.marketRoas = spend > 0 ? Math.Max(value / spend, 0.05) : 1;
        prior.marketPerConversion = conversions > 0 ? value / conversions : 50;
        foreach (var (platform, acc) in byPlatform)
        {
            // A platform's return, shrunk toward the market's by a pseudo-spend of a tenth of the market's.
            var pseudo = 0.1 * spend;
            prior.roas[platform] = (acc.Value + (prior.marketRoas * pseudo)) / Math.Max(acc.Spend + pseudo, 1e-9);
            prior.perConversion[platform] = acc.Conversions > 5 ? acc.Value / acc.Conversions : prior.marketPerConversion;

            // Day of week: each weekday's return relative to the platform's, shrunk by two pseudo-weeks
            // toward flat, and only once at least two of every weekday have been seen.
            if (acc.Dates.All(d => d.Count >= 2) && acc.Spend > 0)
            {
                var overall = acc.Value / acc.Spend;
                var w = new double[7];
                for (var k = 0; k < 7; k++)
                {
                    var ratio = acc.DaySpend[k] > 0 ? acc.DayValue[k] / acc.DaySpend[k] / overall : 1;
                    var weeks = acc.Dates[k].Count;
                    w[k] = ((weeks * ratio) + 2) / (weeks + 2);
                }

                var mean = w.Average();
                prior.week[platform] = [.. w.Select(x => x / mean)];
            }
        }

        return prior;
    }
}
