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
}
