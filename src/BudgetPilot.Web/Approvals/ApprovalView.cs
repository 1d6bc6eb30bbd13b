namespace BudgetPilot.Web.Approvals;

/// <summary>One request in the approval queue, urgent first, with its reasoning and the time left before it is rejected automatically.</summary>
public sealed record ApprovalView(
    Guid Id,
    string Urgency,
    string Risk,
    string What,
    string Reasoning,
    string WhyApprovalNeeded,
    string CampaignName,
    string Campaign,
    decimal BudgetBefore,
    decimal? BudgetAfter,
    decimal? ChangeFraction,
    double Confidence,
    decimal DailyProfitChange,
    DateTimeOffset RequestedAt,
    DateTimeOffset ExpiresAt,
    int SecondsLeft,
    int Actions);
