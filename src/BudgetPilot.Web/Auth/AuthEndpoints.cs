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
        api.MapGet("/users", Users).RequireAuthorization(Roles.AdminPolicy);
        api.MapPost("/users", SaveUser).RequireAuthorization(Roles.AdminPolicy);
        api.MapPost("/tokens", CreateToken).RequireAuthorization(Roles.AdminPolicy);
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

    public static Ok<IReadOnlyList<UserView>> Users(UserBook users) =>
        TypedResults.Ok<IReadOnlyList<UserView>>([.. users.List().Select(u => new UserView(u.Name, u.Role))]);

    public static Results<Ok<UserView>, ValidationProblem> SaveUser(NewUser input, UserBook users) =>
        users.Save(input.Name, input.Role, input.Password) is { } error
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["user"] = [error] })
            : TypedResults.Ok(new UserView(input.Name, input.Role));

    public static Results<Ok<NewToken>, ValidationProblem> CreateToken(TokenRequest input, TokenBook tokens) =>
        !Roles.IsKnown(input.Role) || string.IsNullOrWhiteSpace(input.Name)
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["token"] = [$"A name and a role ({string.Join(", ", Roles.All)}) are required."] })
            : TypedResults.Ok(new NewToken(input.Name, input.Role, tokens.Create(input.Name, input.Role)));
}
