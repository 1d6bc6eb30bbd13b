namespace BudgetPilot.Web.Sharing;

/// <summary>
/// A share as the API shows it; <see cref="Url"/> (with the token) only in the answer to its creation.
/// <see cref="Status"/> (live, expired or revoked) is decided by the server's clock.
/// </summary>
public sealed record ShareView(Guid Id, string View, DateOnly? At, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, string? Url, string Status);
