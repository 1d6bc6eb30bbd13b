namespace BudgetPilot.Core.Execution;

public enum OutcomeStatus
{
    Succeeded,
    Failed,
    Skipped,
}
