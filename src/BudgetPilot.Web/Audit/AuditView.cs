namespace BudgetPilot.Web.Audit;

/// <summary>One audit line as the dashboard shows it: what happened, why in numbers, the money it moved.</summary>
public sealed record AuditView(
    long Sequence,
    DateTimeOffset At,
    string Kind,
    string Actor,
    string? Campaign,
    string? CampaignName,
    string? Action,
    string What,
    string Why,
    decimal? BudgetBefore,
    decimal? BudgetAfter,
    decimal? SavingsPerDay,
    double? Confidence,
    string? Outcome,
    string? Detail);
