using System.Security.Cryptography;
using System.Text;
using BudgetPilot.Web.Auth;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace BudgetPilot.Web.Sharing;

/// <summary>Share links in shares.json. The token is 256 random bits shown once; only its hash is stored, so a stolen file opens nothing.</summary>
public sealed class ShareBook(IOptions<WebOptions> options, TimeProvider time)
{
    public static readonly string[] Views = ["weekly", "daily", "dashboard"];

    private readonly JsonFile<Share> file = new(options.Value.PathOf("shares.json"));
    private readonly Lock gate = new();

    public (Share Share, string Token) Create(string view, DateOnly? at, TimeSpan lifetime, string user)
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow();
        var share = new Share(Guid.NewGuid(), Hash(token), view, at, user, now, now + lifetime);
        lock (gate)
        {
            var all = file.Read();
            all.Add(share);
            file.Write(all);
        }

        return (share, token);
    }

    public Share? Find(string token)
    {
        var hash = Encoding.ASCII.GetBytes(Hash(token));
        lock (gate)
        {
            return file.Read().FirstOrDefault(s => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(s.Sha256), hash));
        }
    }

    public IReadOnlyList<Share> List()
    {
        lock (gate)
        {
            return file.Read();
        }
    }

    public Share? Revoke(Guid id)
    {
        lock (gate)
        {
            var all = file.Read();
            var index = all.FindIndex(s => s.Id == id);
            if (index < 0)
            {
                return null;
            }

            all[index] = all[index] with { RevokedAt = all[index].RevokedAt ?? time.GetUtcNow() };
            file.Write(all);
            return all[index];
        }
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
