using System.Net;
using System.Net.Http.Json;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Execution;
using BudgetPilot.Hosting.Configuration;
using BudgetPilot.Web.Auth;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Time.Testing;

namespace BudgetPilot.Web.Tests.Support;

/// <summary>
/// The real app on Kestrel at a free loopback port, with a temporary SQLite database, the scheduler off,
/// a fixed clock and the seed's morning (<see cref="DemoState"/>). Users: admin, approver and viewer.
/// </summary>
public class WebTestApp : IAsyncLifetime
{
    public const string Password = "correct-horse-battery";
    private readonly string dir = Path.Combine(Path.GetTempPath(), "bp-web-tests-" + Guid.NewGuid().ToString("N"));
    private WebApplication? app;

    protected virtual int LoginAttemptsPerMinute => 10_000;

    /// <summary>More YAML for a fixture that needs another section (e.g. <c>ai:</c>).</summary>
    protected virtual Task<string> ExtraYamlAsync() => Task.FromResult(string.Empty);

    public FakeTimeProvider Time { get; } = new(DemoState.Now);

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public IServiceProvider Services => app!.Services;

    public Stores Stores => Services.GetRequiredService<Stores>();

    public ValueTask InitializeAsync() => StartAsync(seed: true);

    /// <summary>Stops the host and starts a new one on the same database and data folder, as after a deploy.</summary>
    public async Task RestartAsync()
    {
        await app!.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await StartAsync(seed: false);
    }

    private async ValueTask StartAsync(bool seed)
    {
        Directory.CreateDirectory(dir);
        var yaml = $"""
            workspace: {"{"} id: default, name: "Demo (simulated market)", total_daily_budget: 50000, currency: USD, time_zone: Europe/Warsaw, min_roas: 3.0, target_cpa: 40, max_campaign_budget: 15000 {"}"}
            platforms: {"{"} simulated: {"{"} enabled: true, seed: 42, campaigns: 24 {"}"} {"}"}
            storage: {"{"} provider: sqlite, connection_string: "Data Source={Path.Combine(dir, "bp.db")}" {"}"}
            scheduler: {"{"} enabled: false {"}"}
            {await ExtraYamlAsync()}
            """;
        var config = BudgetPilotConfigFile.Parse(yaml, "web-test.yaml", new Dictionary<string, string>());
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["BudgetPilot:Web:DataDirectory"] = dir;
        builder.Configuration[AdminBootstrap.PasswordVariable] = Password;
        builder.Configuration["BudgetPilot:Web:LoginAttemptsPerMinute"] = LoginAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<TimeProvider>(Time);
        builder.Services.AddSingleton<IReadOnlyList<IAdPlatform>>([.. Enum.GetValues<Platform>().Select(p => new MemoryPlatform(p, DemoState.Campaigns))]);
        builder.AddBudgetPilotWeb(config);
        app = builder.Build();
        app.MapBudgetPilotWeb();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        var users = app.Services.GetRequiredService<UserBook>();
        users.Save("approver", Roles.Approver, Password);
        users.Save("viewer", Roles.Viewer, Password);
        if (seed)
        {
            await DemoState.SeedAsync(Stores, "default", CancellationToken.None);
        }
    }

    /// <summary>A client signed in as <paramref name="user"/> through the login form, sending the page's CSRF token on every change.</summary>
    public async Task<HttpClient> LoginAsync(string user, bool withCsrf = true)
    {
        var client = Anonymous();
        var page = await client.GetStringAsync(new Uri("login", UriKind.Relative));
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(page, "name=\"__RequestVerificationToken\" value=\""),
            ["user"] = user,
            ["password"] = Password,
        });
        using var login = await client.PostAsync(new Uri("login", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        if (withCsrf)
        {
            var me = await client.GetFromJsonAsync<Me>(new Uri("api/v1/me", UriKind.Relative));
            client.DefaultRequestHeaders.Add(CsrfGuard.HeaderName, me!.CsrfToken);
        }

        return client;
    }

    public HttpClient Anonymous() => new(new HttpClientHandler { CookieContainer = new CookieContainer(), UseCookies = true }) { BaseAddress = BaseAddress };

    private static string Token(string html, string marker)
    {
        var start = html.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        return html[start..html.IndexOf('"', start)];
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open: the temp folder is cleaned by the OS.
        }
    }
}
