namespace BudgetPilot.Web.Sharing;

/// <summary>What to share: <c>weekly</c>, <c>daily</c> (with an optional date) or <c>dashboard</c> (the last seven days, live).</summary>
public sealed record ShareRequest(string? View, DateOnly? At, int? ExpiresInHours);
