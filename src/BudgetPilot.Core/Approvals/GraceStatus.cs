namespace BudgetPilot.Core.Approvals;

public enum GraceStatus
{
    Waiting,
    Executed,
    Overridden,
    Recovered,
    Blocked,
}
