using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;

namespace BudgetPilot.Web.Auth;

/// <summary>
/// On the first start (no user yet) creates the admin: with BUDGETPILOT_ADMIN_PASSWORD if set, else with a
/// generated password printed once on the console — never logged, never stored in clear.
/// </summary>
public sealed partial class AdminBootstrap(UserBook users, IConfiguration configuration, ILogger<AdminBootstrap> logger) : IHostedService
{
    public const string PasswordVariable = "BUDGETPILOT_ADMIN_PASSWORD";
    public const string AdminName = "admin";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (users.List().Count > 0)
        {
            return Task.CompletedTask;
        }

        var configured = configuration[PasswordVariable];
        var password = string.IsNullOrEmpty(configured) ? WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(15)) : configured;
        if (users.Save(AdminName, Roles.Admin, password) is { } error)
        {
            throw new InvalidOperationException($"{PasswordVariable}: {error}");
        }

        if (string.IsNullOrEmpty(configured))
        {
            Console.Out.WriteLine($"BudgetPilot: created user '{AdminName}' with password {password} (shown only this once; set {PasswordVariable} to choose it).");
        }

        LogCreated(logger, AdminName, string.IsNullOrEmpty(configured) ? "generated and printed on the console" : $"taken from {PasswordVariable}");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "First start: created the admin user {User}; its password was {How}")]
    private static partial void LogCreated(ILogger logger, string user, string how);
}
