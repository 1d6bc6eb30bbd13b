namespace BudgetPilot.Web.Auth;

public sealed record TokenRequest(string? Name, string? Role);
