namespace BudgetPilot.Web.Notifications;

/// <summary>One line of the in-app feed; a delivery that failed on another channel shows with its error.</summary>
public sealed record NotificationView(
    Guid Id, string Channel, string Kind, string Severity, string Title, string Body, string Status, int Attempts, string? LastError,
    DateTimeOffset CreatedAt, DateTimeOffset? SentAt, IReadOnlyList<NotificationLinkView> Links);
