namespace BudgetPilot.Core.Alerts;

public enum AlertSeverity
{
    Low,
    Medium,
    High,
    Critical,
}
