namespace BudgetPilot.Simulation;

/// <summary>Who changed a campaign. Only <see cref="Policy"/> changes are held to the constraints.</summary>
public enum ChangeSource
{
    /// <summary>The budget a campaign had when the run started (or when it launched).</summary>
    Initial,

    /// <summary>A campaign the market launches itself during the run (cold start).</summary>
    Launch,

    /// <summary>A write through a platform adapter or a benchmark policy.</summary>
    Policy,

    /// <summary>A campaign a policy created (CREATE): counts towards the total and the day's reallocation.</summary>
    Created,
}
