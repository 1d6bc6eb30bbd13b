namespace BudgetPilot.Web.Auth;

/// <summary>A dashboard login. Only the password's hash is kept.</summary>
public sealed record WebUser(string Name, string Role, string PasswordHash);
