using System.Net;
using System.Security.Claims;
using BudgetPilot.Hosting.Configuration;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetPilot.Web.Pages;

/// <summary>
/// The dashboard's pages: one server-rendered shell (header, who is signed in, the antiforgery token) whose panels
/// app.js fills from the JSON API and refreshes on server-sent events.
/// </summary>
public static class AppPage
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/", (HttpContext h, IAntiforgery a, BudgetPilotConfig c) => Render(h, a, c, "dashboard")).ExcludeFromDescription();
        app.MapGet("/audit", (HttpContext h, IAntiforgery a, BudgetPilotConfig c) => Render(h, a, c, "audit")).ExcludeFromDescription();
        app.MapGet("/settings", (HttpContext h, IAntiforgery a, BudgetPilotConfig c) => Render(h, a, c, "settings")).ExcludeFromDescription();
        app.MapGet("/admin", (HttpContext h, IAntiforgery a, BudgetPilotConfig c) => Render(h, a, c, "admin")).RequireAuthorization(Auth.Roles.AdminPolicy).ExcludeFromDescription();
        app.MapGet("/share", (HttpContext h, IAntiforgery a, BudgetPilotConfig c) => Render(h, a, c, "share")).RequireAuthorization(Auth.Roles.ApprovePolicy).ExcludeFromDescription();
        app.MapGet("/campaigns/{id}", (HttpContext h, IAntiforgery a, BudgetPilotConfig c) => Render(h, a, c, "campaign")).ExcludeFromDescription();
    }

    public static ContentHttpResult Render(HttpContext http, IAntiforgery antiforgery, BudgetPilotConfig config, string page)
    {
        var token = antiforgery.GetAndStoreTokens(http).RequestToken;
        var user = http.User;
        var name = E(user.Identity?.Name ?? "");
        var role = E(user.FindFirstValue(ClaimTypes.Role) ?? "");
        var sim = config.IsSimulated ? "<span class=\"sim\" id=\"simulated\">Simulated market</span>" : "";
        var html = $"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="csrf-token" content="{E(token ?? "")}"><meta name="role" content="{role}">
            <title>BudgetPilot — {E(config.Workspace.Name)}</title><link rel="stylesheet" href="/app.css"></head>
            <body data-page="{page}">
              <header class="top">
                <a href="/" class="brand">BudgetPilot</a> {sim}
                <span class="who">Manager: <strong id="manager">{name}</strong> ({role})</span>
                <span>Last refresh: <strong id="last-refresh">—</strong></span>
                <span>Status: <strong id="status">—</strong></span>
                <nav><a href="/">Dashboard</a> <a href="/audit">Audit log</a> <a href="/settings">Settings</a>{(role is Auth.Roles.Approver or Auth.Roles.Admin ? " <a href=\"/share\">Share</a>" : "")}{(role == Auth.Roles.Admin ? " <a href=\"/admin\">Users &amp; tokens</a>" : "")}
                <form method="post" action="/logout" class="inline"><input type="hidden" name="__RequestVerificationToken" value="{E(token ?? "")}"><button class="link">Sign out</button></form></nav>
              </header>
              <main id="main"><p class="muted">Loading…</p></main>
              <div id="toast" role="status" aria-live="polite"></div>
              <script src="/app.js"></script><script src="/notifications.js"></script>
            </body></html>
            """;
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
