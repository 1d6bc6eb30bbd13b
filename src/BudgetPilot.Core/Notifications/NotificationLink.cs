namespace BudgetPilot.Core.Notifications;

/// <summary>A button in a message: a deep link into the dashboard, never an action taken by the click alone.</summary>
public sealed record NotificationLink(string Label, Uri Url);
