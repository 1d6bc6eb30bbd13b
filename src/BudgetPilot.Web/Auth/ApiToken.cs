namespace BudgetPilot.Web.Auth;

/// <summary>A bearer token for automation. Only its SHA-256 is kept; the token itself is shown once. A revoked token is refused.</summary>
public sealed record ApiToken(string Name, string Role, string Sha256, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt = null)
{
    /// <summary>Names the token in lists and in the audit log: the start of its hash, which says nothing about the token.</summary>
    public string Id => Sha256[..12].ToLowerInvariant();
}
