using System.Net;
using BudgetPilot.Hosting.Configuration;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetPilot.Web.Pages;

public static class LoginPage
{
    // A deep link's #fragment (a Slack button's #/approvals/{id}?do=approve) never reaches the server, so the page carries it through the sign-in.
    private const string CarryFragment = "(() => { const r = document.querySelector('input[name=returnUrl]'); if (location.hash) r.value = (r.value || '/') + location.hash; })();";

    public static ContentHttpResult Get(HttpContext http, IAntiforgery antiforgery) => Get(http, antiforgery, null);

    public static ContentHttpResult Get(HttpContext http, IAntiforgery antiforgery, string? error)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var config = http.RequestServices.GetRequiredService<BudgetPilotConfig>();
        var returnUrl = WebUtility.HtmlEncode(http.Request.Query["ReturnUrl"].ToString());
        var message = error is null ? "" : $"<p class=\"error\" role=\"alert\">{WebUtility.HtmlEncode(error)}</p>";
        var html = $"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>BudgetPilot — sign in</title><link rel="stylesheet" href="/app.css"></head>
            <body class="login">
              <form method="post" action="/login" class="card login-card">
                <h1>BudgetPilot</h1>
                {(config.IsSimulated ? "<p class=\"sim\">Simulated market — no real campaign or money is touched.</p>" : "")}
                {message}
                <input type="hidden" name="{tokens.FormFieldName}" value="{tokens.RequestToken}">
                <input type="hidden" name="returnUrl" value="{returnUrl}">
                <label>User <input name="user" autocomplete="username" required></label>
                <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
                <button type="submit">Sign in</button>
              </form>
              <script>{CarryFragment}</script>
            </body></html>
            """;
        return TypedResults.Content(html, "text/html; charset=utf-8", statusCode: error is null ? 200 : 401);
    }
}
