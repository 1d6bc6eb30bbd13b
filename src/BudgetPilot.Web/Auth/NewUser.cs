namespace BudgetPilot.Web.Auth;

public sealed record NewUser(string? Name, string? Role, string? Password);
