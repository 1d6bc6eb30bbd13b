namespace BudgetPilot.Web.Auth;

public sealed record TokenView(string Id, string Name, string Role, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
