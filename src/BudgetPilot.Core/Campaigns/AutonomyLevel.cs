namespace BudgetPilot.Core.Campaigns;

/// <summary>The seed's three levels: autonomous_mode true, partial and false.</summary>
public enum AutonomyLevel
{
    FullAutonomous,
    SemiAutonomous,
    Advisory,
}
