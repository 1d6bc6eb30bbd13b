namespace BudgetPilot.Core.Decisions;

public enum ActionType
{
    Pause,
    ReduceBudget,
    IncreaseBudget,
    Reallocate,
    Create,
    Resume,
    Undo,
}
