namespace BudgetPilot.Web.Auth;

/// <summary>A bearer token for automation. Only its SHA-256 is kept; the token itself is shown once.</summary>
public sealed record ApiToken(string Name, string Role, string Sha256, DateTimeOffset CreatedAt);
