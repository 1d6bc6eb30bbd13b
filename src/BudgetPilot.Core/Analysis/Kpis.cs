using BudgetPilot.Core.Metrics;

namespace BudgetPilot.Core.Analysis;

/// <summary>Sums over a window and the ratios derived from them; a ratio is null where its denominator is zero.</summary>
public readonly record struct Kpis(decimal Spend, decimal Value, decimal Conversions, long Clicks, long Impressions, int Hours)
{
    public static Kpis Empty => default;

    public decimal? Roas => Spend > 0m ? Value / Spend : null;

    public decimal? Cpa => Conversions > 0m ? Spend / Conversions : null;

    public decimal? Ctr => Impressions > 0 ? (decimal)Clicks / Impressions : null;

    public decimal? Cpc => Clicks > 0 ? Spend / Clicks : null;

    public Kpis Plus(Kpis o) => new(Spend + o.Spend, Value + o.Value, Conversions + o.Conversions, Clicks + o.Clicks, Impressions + o.Impressions, Hours + o.Hours);

    public Kpis Add(MetricSample s) => new(Spend + s.Spend, Value + s.ConversionValue, Conversions + s.Conversions, Clicks + s.Clicks, Impressions + s.Impressions, Hours + 1);
}
