using System.Security.Claims;
using BudgetPilot.Web.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetPilot.Web.Auth;

public static class AuthEndpoints
{
    public const string LoginRateLimit = "login";

    public static void Map(WebApplication app, RouteGroupBuilder api)
    {
        app.MapGet("/login", (HttpContext h, Microsoft.AspNetCore.Antiforgery.IAntiforgery a) => LoginPage.Get(h, a)).AllowAnonymous();
        app.MapPost("/login", LoginAsync).AllowAnonymous().RequireRateLimiting(LoginRateLimit);
        app.MapPost("/logout", (Delegate)LogoutAsync);
        api.MapGet("/me", Me);
        AccessEndpoints.Map(api);
    }

    public static async Task<Results<RedirectHttpResult, ContentHttpResult>> LoginAsync(HttpContext http, UserBook users, IAntiforgery antiforgery)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var user = users.Verify(form["user"].ToString(), form["password"].ToString());
        if (user is null)
        {
            return LoginPage.Get(http, antiforgery, "Wrong user name or password.");
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, user.Name), new Claim(ClaimTypes.Role, user.Role)], CookieAuthenticationDefaults.AuthenticationScheme);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        var back = form["returnUrl"].ToString();
        return TypedResults.Redirect(back.StartsWith('/') && !back.StartsWith("//", StringComparison.Ordinal) ? back : "/");
    }

    public static async Task<RedirectHttpResult> LogoutAsync(HttpContext http)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.Redirect("/login");
    }

    public static Ok<Me> Me(ClaimsPrincipal user, HttpContext http, IAntiforgery antiforgery) =>
        TypedResults.Ok(new Me(user.Identity?.Name ?? "", user.FindFirstValue(ClaimTypes.Role) ?? "", antiforgery.GetAndStoreTokens(http).RequestToken ?? ""));
}
