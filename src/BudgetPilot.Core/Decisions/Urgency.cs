namespace BudgetPilot.Core.Decisions;

/// <summary>The seed's three bands of its decision framework; ranks the approval queue.</summary>
public enum Urgency
{
    Critical,
    Opportunity,
    Monitoring,
}
