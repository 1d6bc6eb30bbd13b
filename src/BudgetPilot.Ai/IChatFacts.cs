namespace BudgetPilot.Ai;

/// <summary>
/// What the chat's tools can reach, answered by the host from the audit log, the metrics and the approval
/// queue. <see cref="ProposeAsync"/> goes through the guardrails and approval rules; nothing here touches a platform.
/// </summary>
public interface IChatFacts
{
    Task<string> FindCampaignAsync(string words, CancellationToken cancellationToken);

    Task<string> ActionHistoryAsync(string campaign, CancellationToken cancellationToken);

    Task<string> PlatformMetricsAsync(string platform, bool today, CancellationToken cancellationToken);

    Task<string> PlanAsync(CancellationToken cancellationToken);

    Task<string> ProposeAsync(string campaign, string action, decimal? newBudget, CancellationToken cancellationToken);
}
