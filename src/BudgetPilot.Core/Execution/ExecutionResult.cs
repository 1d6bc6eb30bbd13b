namespace BudgetPilot.Core.Execution;

public sealed record ExecutionResult(string IdempotencyKey, OutcomeStatus Status, string Detail, CampaignSnapshot? After)
{
    public bool Succeeded => Status == OutcomeStatus.Succeeded;
}
