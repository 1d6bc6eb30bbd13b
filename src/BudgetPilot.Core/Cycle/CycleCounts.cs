namespace BudgetPilot.Core.Cycle;

public sealed record CycleCounts
{
    public int SamplesCollected { get; init; }

    public int RowsRejected { get; init; }

    public int CampaignsAnalysed { get; init; }

    public int AlertsOpened { get; init; }

    public int AlertsResolved { get; init; }

    public int Proposed { get; init; }

    public int Executed { get; init; }

    public int ExecutionFailed { get; init; }

    public int ApprovalsRequested { get; init; }

    public int ApprovalsExpired { get; init; }

    public int GraceScheduled { get; init; }

    public int Advised { get; init; }

    public int GuardrailRejected { get; init; }

    public int BelowConfidence { get; init; }
}
