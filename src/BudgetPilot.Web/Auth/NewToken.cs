namespace BudgetPilot.Web.Auth;

public sealed record NewToken(string Name, string Role, string Token);
