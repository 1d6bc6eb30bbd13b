namespace BudgetPilot.Reports.Notifications;

/// <summary>Deep links into the dashboard: the page that shows a thing and lets an authorised user act on it.</summary>
public sealed record DashboardLinks(Uri BaseUrl)
{
    public Uri Approval(Guid id, string verb) => new(BaseUrl, $"#/approvals/{id}?do={verb}");

    public Uri Alerts() => new(BaseUrl, "#/alerts");

    public Uri Actions() => new(BaseUrl, "#/actions");

    public Uri Cycles() => new(BaseUrl, "#/cycles");
}
