namespace BudgetPilot.Web.Auth;

/// <summary>A dashboard login. Only the password's hash is kept. A disabled user cannot sign in, and loses a session already open.</summary>
public sealed record WebUser(string Name, string Role, string PasswordHash, bool Disabled = false);
