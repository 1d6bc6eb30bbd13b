namespace BudgetPilot.Reports.Reports;

/// <summary>Spend, revenue and conversions summed over a period from the metric store.</summary>
public sealed record PeriodTotals(decimal Spend, decimal Revenue, decimal Conversions)
{
    public decimal Profit => Revenue - Spend;

    public decimal? Roas => Spend > 0m ? Revenue / Spend : null;

    public static PeriodTotals Of(IEnumerable<Core.Metrics.MetricSample> samples)
    {
        decimal spend = 0m, revenue = 0m, conversions = 0m;
        foreach (var s in samples)
        {
            spend += s.Spend;
            revenue += s.ConversionValue;
            conversions += s.Conversions;
        }

        return new PeriodTotals(spend, revenue, conversions);
    }
}
