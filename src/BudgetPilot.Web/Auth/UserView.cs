namespace BudgetPilot.Web.Auth;

public sealed record UserView(string Name, string Role, bool Disabled = false);
