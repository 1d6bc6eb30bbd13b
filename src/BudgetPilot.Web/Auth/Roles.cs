namespace BudgetPilot.Web.Auth;

/// <summary>Viewer reads; Approver also approves, rejects, overrides and extends; Admin also changes settings and users.</summary>
public static class Roles
{
    public const string Viewer = "Viewer";
    public const string Approver = "Approver";
    public const string Admin = "Admin";

    public const string ApprovePolicy = "approve";
    public const string AdminPolicy = "admin";

    public static readonly IReadOnlyList<string> All = [Viewer, Approver, Admin];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
