using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace BudgetPilot.Web.Auth;

public static class AuthServiceCollectionExtensions
{
    private const string Smart = "cookie-or-token";

    /// <summary>Cookie login for people, bearer tokens for automation, three roles, antiforgery and a login rate limit.</summary>
    public static IServiceCollection AddBudgetPilotAuth(this IServiceCollection services, WebOptions options)
    {
        services.AddSingleton<UserBook>();
        services.AddSingleton<TokenBook>();
        services.AddHostedService<AdminBootstrap>();
        services.AddAntiforgery(o =>
        {
            o.HeaderName = CsrfGuard.HeaderName;
            o.Cookie.Name = "bp.csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddAuthentication(Smart)
            .AddPolicyScheme(Smart, Smart, o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenHandler.SchemeName : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, o =>
            {
                o.Cookie.Name = "bp.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.LoginPath = "/login";
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = c => Api(c, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = c => Api(c, StatusCodes.Status403Forbidden);

                // A session outlives neither its user being disabled or removed nor a change of the user's role.
                o.Events.OnValidatePrincipal = c =>
                {
                    var user = c.HttpContext.RequestServices.GetRequiredService<UserBook>().Find(c.Principal?.Identity?.Name ?? "");
                    if (user is not { Disabled: false } || !c.Principal!.IsInRole(user.Role))
                    {
                        c.RejectPrincipal();
                    }

                    return Task.CompletedTask;
                };
            });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Roles.ApprovePolicy, p => p.RequireRole(Roles.Approver, Roles.Admin))
            .AddPolicy(Roles.AdminPolicy, p => p.RequireRole(Roles.Admin));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(AuthEndpoints.LoginRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.LoginAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }

    /// <summary>An API caller gets a status code; a browser on a page gets the redirect.</summary>
    private static Task Api(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
