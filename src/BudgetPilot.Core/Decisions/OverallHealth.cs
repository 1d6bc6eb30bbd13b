namespace BudgetPilot.Core.Decisions;

public enum OverallHealth
{
    Excellent,
    Good,
    Fair,
    Poor,
    Critical,
}
