namespace BudgetPilot.Reports.Reports;

/// <summary>
/// One local day of the period, for the charts. <see cref="Provisional"/>: the day ended less than the conversion lag
/// before the report was made, so its revenue, ROAS and conversions will still grow as late conversions are reported.
/// </summary>
public sealed record DayTotals(DateOnly Day, PeriodTotals Totals)
{
    public bool Provisional { get; init; }
}
