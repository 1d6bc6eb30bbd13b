namespace BudgetPilot.Core.Analysis;

public enum TrendDirection
{
    Stable,
    Declining,
    Rising,
}
