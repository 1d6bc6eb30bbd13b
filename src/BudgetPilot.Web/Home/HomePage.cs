using System.Net;
using BudgetPilot.Hosting.Configuration;
using BudgetPilot.Hosting.Scheduling;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetPilot.Web.Home;

/// <summary>A placeholder until the dashboard lands: says what this is and whether real money is in play.</summary>
public static class HomePage
{
    public static ContentHttpResult Get(BudgetPilotConfig config, CycleStatus status)
    {
        var w = config.Workspace;
        var market = config.IsSimulated
            ? "Simulated market: no real campaign or money is touched."
            : $"Live platforms: {string.Join(", ", config.EnabledPlatforms.Select(p => p.Key))}.";
        var last = status.Current.LastStartedAt is { } at ? at.ToString("u", System.Globalization.CultureInfo.InvariantCulture) : "none yet";
        var html = $"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>BudgetPilot</title></head>
            <body>
              <h1>BudgetPilot</h1>
              <p>Workspace <strong>{Encode(w.Name)}</strong> ({Encode(w.Id)}), {w.TotalDailyBudget:N0} {Encode(w.Currency)} a day, {config.Settings.Autonomy}.</p>
              <p id="market">{Encode(market)}</p>
              <p>Last cycle: {Encode(last)}. <a href="/health">Health</a></p>
            </body></html>
            """;
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
