using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BudgetPilot.Web.Auth;

/// <summary>The dashboard's users, in users.json, with passwords hashed by ASP.NET Core Identity's hasher (PBKDF2).</summary>
public sealed class UserBook(IOptions<WebOptions> options)
{
    private readonly JsonFile<WebUser> file = new(options.Value.PathOf("users.json"));
    private readonly PasswordHasher<WebUser> hasher = new();
    private readonly Lock gate = new();

    public IReadOnlyList<WebUser> List()
    {
        lock (gate)
        {
            return file.Read();
        }
    }

    public WebUser? Verify(string name, string password)
    {
        var user = List().FirstOrDefault(u => string.Equals(u.Name, name, StringComparison.OrdinalIgnoreCase));
        return user is { Disabled: false } && hasher.VerifyHashedPassword(user, user.PasswordHash, password) != PasswordVerificationResult.Failed ? user : null;
    }

    public WebUser? Find(string name) => List().FirstOrDefault(u => string.Equals(u.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Disables or enables a user; returns an error a user can act on when there is no such user.</summary>
    public string? SetDisabled(string name, bool disabled)
    {
        lock (gate)
        {
            var users = file.Read();
            var index = users.FindIndex(u => string.Equals(u.Name, name, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                return $"There is no user '{name}'.";
            }

            users[index] = users[index] with { Disabled = disabled };
            file.Write(users);
            return null;
        }
    }

    /// <summary>Adds or replaces a user (enabled); returns an error a user can act on instead when the input is not acceptable.</summary>
    public string? Save(string name, string role, string password)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 64)
        {
            return "A user name must have 1 to 64 characters.";
        }

        if (!Roles.IsKnown(role))
        {
            return $"Role must be one of {string.Join(", ", Roles.All)}.";
        }

        if (password.Length < 8)
        {
            return "A password must have at least 8 characters.";
        }

        lock (gate)
        {
            var users = file.Read();
            users.RemoveAll(u => string.Equals(u.Name, name, StringComparison.OrdinalIgnoreCase));
            var user = new WebUser(name.Trim(), role, "");
            users.Add(user with { PasswordHash = hasher.HashPassword(user, password) });
            file.Write(users);
        }

        return null;
    }
}
