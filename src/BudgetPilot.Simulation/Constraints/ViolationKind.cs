namespace BudgetPilot.Simulation.Constraints;

public enum ViolationKind
{
    /// <summary>(1) Σ active daily budgets above the total.</summary>
    TotalBudgetExceeded,

    /// <summary>(2) A budget raised more than 50% above its start-of-day value.</summary>
    IncreaseTooLarge,

    /// <summary>(3) More than 30% of the total moved in one day.</summary>
    ReallocationCapExceeded,

    /// <summary>(4) A pause before 72 h of runtime.</summary>
    PausedTooEarly,

    /// <summary>(5) A cut (or pause) of a campaign whose observed 7-day ROAS is above 5.</summary>
    WinnerCut,
}
