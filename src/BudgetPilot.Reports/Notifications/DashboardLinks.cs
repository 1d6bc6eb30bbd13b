namespace BudgetPilot.Reports.Notifications;

/// <summary>
/// Deep links into the dashboard: the page that shows a thing and lets an authorised user act on it.
/// The dashboard (wwwroot/app.js) reads the same <c>#/approvals/{id}?do=</c> and <c>#/graces/{id}?do=</c> shapes;
/// the verb only preselects a confirmation, so a link alone never acts.
/// </summary>
public sealed record DashboardLinks(Uri BaseUrl)
{
    /// <summary>What the dashboard can confirm for an approval request (its endpoints under /api/v1/approvals/{id}/).</summary>
    public static readonly IReadOnlySet<string> ApprovalVerbs = new HashSet<string>(StringComparer.Ordinal) { "approve", "reject" };

    /// <summary>What the dashboard can confirm for a grace pause (its endpoints under /api/v1/graces/{id}/).</summary>
    public static readonly IReadOnlySet<string> GraceVerbs = new HashSet<string>(StringComparer.Ordinal) { "extend", "override", "approve-early" };

    public Uri Approval(Guid id, string verb) =>
        ApprovalVerbs.Contains(verb) ? new(BaseUrl, $"#/approvals/{id}?do={verb}") : throw new ArgumentOutOfRangeException(nameof(verb), verb, $"An approval link's verb is one of {string.Join(", ", ApprovalVerbs)}.");

    public Uri Grace(Guid id, string verb) =>
        GraceVerbs.Contains(verb) ? new(BaseUrl, $"#/graces/{id}?do={verb}") : throw new ArgumentOutOfRangeException(nameof(verb), verb, $"A grace link's verb is one of {string.Join(", ", GraceVerbs)}.");

    public Uri Alerts() => new(BaseUrl, "#/alerts");

    public Uri Actions() => new(BaseUrl, "#/actions");

    public Uri Cycles() => new(BaseUrl, "#/cycles");
}
