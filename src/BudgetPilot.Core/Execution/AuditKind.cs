namespace BudgetPilot.Core.Execution;

public enum AuditKind
{
    Intent,
    Outcome,
    ApprovalRequested,
    Approved,
    Rejected,
    Expired,
    GraceScheduled,
    GraceExtended,
    GraceOverridden,
    GraceRecovered,
    GuardrailRejected,
    Advised,
    SettingsChanged,

    /// <summary>A dashboard user or an API token was created, changed, disabled or revoked.</summary>
    AccessChanged,
}
