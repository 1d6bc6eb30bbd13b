namespace BudgetPilot.Core.Decisions;

public enum RiskLevel
{
    Low,
    Medium,
    High,
}
