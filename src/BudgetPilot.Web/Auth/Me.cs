namespace BudgetPilot.Web.Auth;

/// <summary>Who is signed in, and the antiforgery token their page must send with every change.</summary>
public sealed record Me(string Name, string Role, string CsrfToken);
