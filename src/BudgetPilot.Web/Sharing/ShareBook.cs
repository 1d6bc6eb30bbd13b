using System.Globalization;
using System.Security.Cryptography;
using BudgetPilot.Core.Sharing;
using Microsoft.AspNetCore.DataProtection;

namespace BudgetPilot.Web.Sharing;

/// <summary>
/// Share links: the token is the link's id, view, date and expiry, authenticated and encrypted with the host's
/// Data Protection keys (HMAC-SHA256 inside), so a changed byte opens nothing. The record in the database makes the
/// link listable and revocable on every node that shares the keys.
/// </summary>
public sealed class ShareBook(IShareStore store, IDataProtectionProvider protection, TimeProvider time)
{
    public static readonly string[] Views = ["weekly", "daily", "dashboard"];

    // A new purpose string would invalidate every link out there: change it only to retire them all.
    private readonly IDataProtector protector = protection.CreateProtector("BudgetPilot.Sharing.ShareLink.v1");

    public async Task<(ShareLink Share, string Token)> CreateAsync(string workspaceId, string view, DateOnly? at, TimeSpan lifetime, string user, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var share = new ShareLink(Guid.NewGuid(), workspaceId, view, at, user, now, now + lifetime);
        await store.AddAsync(share, cancellationToken);
        return (share, protector.Protect(Payload(share)));
    }

    /// <summary>What a token opens: <see cref="ShareCheck.Forged"/> unless the signature holds and it names a link of this workspace as it was issued.</summary>
    public async Task<(ShareCheck Check, ShareLink? Share)> OpenAsync(string token, string workspaceId, CancellationToken cancellationToken)
    {
        string payload;
        try
        {
            payload = protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return (ShareCheck.Forged, null);
        }

        var parts = payload.Split('|');
        if (parts.Length != 4 || !Guid.TryParseExact(parts[0], "N", out var id))
        {
            return (ShareCheck.Forged, null);
        }

        var share = await store.FindAsync(id, cancellationToken);
        if (share is null || share.WorkspaceId != workspaceId || Payload(share) != payload)
        {
            return (ShareCheck.Forged, null);
        }

        var now = time.GetUtcNow();
        return share.RevokedAt is not null ? (ShareCheck.Revoked, share)
            : now >= share.ExpiresAt ? (ShareCheck.Expired, share)
            : (ShareCheck.Live, share);
    }

    public Task<IReadOnlyList<ShareLink>> ListAsync(string workspaceId, CancellationToken cancellationToken) => store.ListAsync(workspaceId, cancellationToken);

    public async Task<ShareLink?> RevokeAsync(string workspaceId, Guid id, CancellationToken cancellationToken)
    {
        var share = await store.FindAsync(id, cancellationToken);
        return share is null || share.WorkspaceId != workspaceId ? null : await store.RevokeAsync(id, time.GetUtcNow(), cancellationToken);
    }

    // Id, scope and expiry, signed together: a token cannot be moved to another view, day or lifetime.
    private static string Payload(ShareLink s) => string.Join('|',
        s.Id.ToString("N"), s.View, s.At?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", s.ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
}
