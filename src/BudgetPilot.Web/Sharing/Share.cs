namespace BudgetPilot.Web.Sharing;

/// <summary>
/// A read-only link for a stakeholder. Only the token's SHA-256 is kept; the link works until
/// <see cref="ExpiresAt"/> or until revoked, whichever comes first.
/// </summary>
public sealed record Share(Guid Id, string Sha256, string View, DateOnly? At, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt)
{
    public DateTimeOffset? RevokedAt { get; init; }

    public bool IsLive(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;
}
