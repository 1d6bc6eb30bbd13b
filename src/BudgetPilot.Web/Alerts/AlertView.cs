namespace BudgetPilot.Web.Alerts;

/// <summary>An open alert; <see cref="GraceId"/> is set when the AI will pause the campaign unless it recovers (the alert's three buttons).</summary>
public sealed record AlertView(
    Guid Id, string Severity, string Kind, string? Campaign, string Message, decimal? Observed, decimal? Threshold,
    DateTimeOffset OpenedAt, Guid? GraceId, DateTimeOffset? PauseDueAt);
