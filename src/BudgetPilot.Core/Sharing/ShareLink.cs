namespace BudgetPilot.Core.Sharing;

/// <summary>
/// A read-only link for a stakeholder to one report view. The link's token is signed by the web host and
/// names this record; the record is what makes a link revocable and listable on every node.
/// </summary>
public sealed record ShareLink(Guid Id, string WorkspaceId, string View, DateOnly? At, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt)
{
    public DateTimeOffset? RevokedAt { get; init; }

    public bool IsLive(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;
}
