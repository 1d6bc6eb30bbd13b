namespace BudgetPilot.Core.Guardrails;

/// <summary>Where the gate sends a proposal.</summary>
public enum Route
{
    Execute,
    RequireApproval,
    Advise,
    Reject,
}
