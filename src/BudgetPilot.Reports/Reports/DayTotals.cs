namespace BudgetPilot.Reports.Reports;

/// <summary>One local day of the period, for the charts.</summary>
public sealed record DayTotals(DateOnly Day, PeriodTotals Totals);
