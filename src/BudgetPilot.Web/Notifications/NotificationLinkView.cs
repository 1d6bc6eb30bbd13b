namespace BudgetPilot.Web.Notifications;

public sealed record NotificationLinkView(string Label, string Url);
