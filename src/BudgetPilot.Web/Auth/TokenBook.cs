using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace BudgetPilot.Web.Auth;

/// <summary>API tokens for automation, in tokens.json (hashes only).</summary>
public sealed class TokenBook(IOptions<WebOptions> options, TimeProvider time)
{
    private readonly JsonFile<ApiToken> file = new(options.Value.PathOf("tokens.json"));
    private readonly Lock gate = new();

    /// <summary>Creates a token and returns it in clear: the only time it is ever seen.</summary>
    public string Create(string name, string role)
    {
        var token = "bp_" + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        lock (gate)
        {
            var tokens = file.Read();
            tokens.Add(new ApiToken(name, role, Hash(token), time.GetUtcNow()));
            file.Write(tokens);
        }

        return token;
    }

    /// <summary>The token in use, or null when it is unknown or revoked.</summary>
    public ApiToken? Find(string token)
    {
        var hash = Hash(token);
        lock (gate)
        {
            return file.Read().FirstOrDefault(t => t.RevokedAt is null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(t.Sha256), Encoding.ASCII.GetBytes(hash)));
        }
    }

    public IReadOnlyList<ApiToken> List()
    {
        lock (gate)
        {
            return file.Read();
        }
    }

    /// <summary>Revokes the token with this <see cref="ApiToken.Id"/>; returns it as revoked, or null when there is no such live token.</summary>
    public ApiToken? Revoke(string id)
    {
        lock (gate)
        {
            var tokens = file.Read();
            var index = tokens.FindIndex(t => t.Id == id && t.RevokedAt is null);
            if (index < 0)
            {
                return null;
            }

            tokens[index] = tokens[index] with { RevokedAt = time.GetUtcNow() };
            file.Write(tokens);
            return tokens[index];
        }
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
