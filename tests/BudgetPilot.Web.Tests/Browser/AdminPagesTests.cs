using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Execution;
using BudgetPilot.Web.Tests.Support;
using Microsoft.Playwright;

namespace BudgetPilot.Web.Tests.Browser;

/// <summary>
/// An Admin's afternoon in Debian's Chromium: the settings form refuses an out-of-range value under its field
/// and saves a good change (audited with before and after); users and API tokens are managed from the admin page.
/// </summary>
public sealed class AdminPagesTests(WebTestApp app) : IClassFixture<WebTestApp>
{
    private const string Chromium = "/usr/bin/chromium";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(IPlaywright Playwright, IBrowser Browser, IPage Page, string Shots)> OpenAsync()
    {
        if (!File.Exists(Chromium))
        {
            Assert.True(Environment.GetEnvironmentVariable("CI") != "true", $"{Chromium} is missing; CI must install it (apt-get install chromium).");
            Assert.Skip($"{Chromium} is missing: install Debian's chromium to run the browser tests.");
        }

        var shots = Environment.GetEnvironmentVariable("BUDGETPILOT_SCREENSHOTS") == "docs"
            ? Path.Combine(RepositoryRoot(), "docs", "screenshots")
            : Directory.CreateTempSubdirectory("budgetpilot-screenshots-").FullName;
        Directory.CreateDirectory(shots);
        Assertions.SetDefaultExpectTimeout(30_000);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, BaseURL = app.BaseAddress.ToString() });
        await page.GotoAsync("/login");
        await page.FillAsync("input[name=user]", "admin");
        await page.FillAsync("input[name=password]", WebTestApp.Password);
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page.Locator("#budget")).ToBeVisibleAsync();
        return (playwright, browser, page, shots);
    }

    [Fact]
    public async Task Settings_Form_RejectsAnOutOfRangeValueAndSavesAGoodChange()
    {
        var (playwright, browser, page, shots) = await OpenAsync();
        using var driver = playwright;
        await using var chromium = browser;
        await page.GotoAsync("/settings");
        var confidence = page.Locator("#settings input[name='confidenceThreshold']");
        await Assertions.Expect(confidence).ToHaveValueAsync("0.85");

        await confidence.FillAsync("1.7");
        await page.ClickAsync("#save-settings");
        await Assertions.Expect(page.Locator("[data-error='confidenceThreshold']")).ToContainTextAsync("at most 1");
        var entries = await app.Stores.Audit.ListAsync("default", DemoState.Now.AddHours(-1), DemoState.Now.AddHours(1), Ct);
        Assert.DoesNotContain(entries, e => e.Kind == AuditKind.SettingsChanged);
        await page.Locator("#settings").ScreenshotAsync(new() { Path = Path.Combine(shots, "settings-invalid.png") });

        await confidence.FillAsync("0.9");
        await page.FillAsync("#settings input[name='guardrails.maxDailyAdjustments']", "40");
        await page.FillAsync("#settings input[name='alerts.roasDropFraction']", "25");
        await page.ClickAsync("#save-settings");
        await Assertions.Expect(page.Locator("#toast")).ToContainTextAsync("Saved:");
        await Assertions.Expect(page.Locator("#settings")).ToContainTextAsync("confidenceThreshold: 0.85 → 0.9");
        await Assertions.Expect(page.Locator("#settings input[name='alerts.roasDropFraction']")).ToHaveValueAsync("25");

        var settings = app.Services.GetRequiredService<WorkspaceContext>().Settings;
        Assert.Equal(0.9, settings.ConfidenceThreshold);
        Assert.Equal(40, settings.Guardrails.MaxDailyAdjustments);
        Assert.Equal(0.25m, settings.Alerts.RoasDropFraction);
        entries = await app.Stores.Audit.ListAsync("default", DemoState.Now.AddHours(-1), DemoState.Now.AddHours(1), Ct);
        var change = Assert.Single(entries, e => e.Kind == AuditKind.SettingsChanged);
        Assert.Equal("user:admin", change.Actor);
        Assert.Contains("guardrails.maxDailyAdjustments: 50 → 40", change.Reason, StringComparison.Ordinal);
        Assert.Contains("alerts.roasDropFraction: 0.20 → 0.25", change.Reason, StringComparison.Ordinal);
        await page.Locator("#settings").ScreenshotAsync(new() { Path = Path.Combine(shots, "settings.png") });
    }

    [Fact]
    public async Task Admin_UsersAndTokens_ManagedFromThePage()
    {
        var (playwright, browser, page, shots) = await OpenAsync();
        using var driver = playwright;
        await using var chromium = browser;
        await page.ClickAsync("nav a[href='/admin']");
        await Assertions.Expect(page.Locator("#users")).ToContainTextAsync("viewer");

        await page.FillAsync("#user-form input[name=name]", "erin");
        await page.SelectOptionAsync("#user-form select[name=role]", "Approver");
        await page.FillAsync("#user-form input[name=password]", "short");
        await page.EvaluateAsync("document.querySelector('#user-form input[name=password]').removeAttribute('minlength')");
        await page.ClickAsync("#user-form button");
        await Assertions.Expect(page.Locator("#user-form [data-error]")).ToContainTextAsync("at least 8 characters");

        await page.FillAsync("#user-form input[name=password]", WebTestApp.Password);
        await page.ClickAsync("#user-form button");
        await Assertions.Expect(page.Locator("#users tr[data-user='erin']")).ToContainTextAsync("Approver");
        await page.ClickAsync("#users tr[data-user='erin'] [data-user-op='disable']");
        await Assertions.Expect(page.Locator("#users tr[data-user='erin']")).ToContainTextAsync("Disabled");
        Assert.Null(app.Services.GetRequiredService<BudgetPilot.Web.Auth.UserBook>().Verify("erin", WebTestApp.Password));

        await page.FillAsync("#token-form input[name=name]", "warehouse sync");
        await page.SelectOptionAsync("#token-form select[name=role]", "Viewer");
        await page.ClickAsync("#token-form button");
        var token = await page.Locator("#token-value").InnerTextAsync();
        Assert.StartsWith("bp_", token, StringComparison.Ordinal);
        await page.Locator("#tokens").ScreenshotAsync(new() { Path = Path.Combine(shots, "admin-tokens.png") });

        using var bot = app.Anonymous();
        bot.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await bot.GetAsync(new Uri("api/v1/overview", UriKind.Relative), Ct)).StatusCode);

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#tokens")).Not.ToContainTextAsync(token);
        await page.ClickAsync("#tokens tr:has-text('warehouse sync') [data-revoke]");
        await Assertions.Expect(page.Locator("#tokens tr:has-text('warehouse sync')")).ToContainTextAsync("Revoked");
        Assert.Equal(HttpStatusCode.Unauthorized, (await bot.GetAsync(new Uri("api/v1/overview", UriKind.Relative), Ct)).StatusCode);

        var audit = await app.Stores.Audit.ListAsync("default", DemoState.Now.AddHours(-1), DemoState.Now.AddHours(1), Ct);
        Assert.Equal(4, audit.Count(e => e.Kind == AuditKind.AccessChanged && e.Actor == "user:admin"));
        await page.GotoAsync("/audit?kind=AccessChanged");
        await Assertions.Expect(page.Locator("#audit")).ToContainTextAsync("Revoked API token 'warehouse sync'");
    }

    private static string RepositoryRoot([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));
}
