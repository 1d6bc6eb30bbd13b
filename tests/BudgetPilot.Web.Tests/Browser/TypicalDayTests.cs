using System.Runtime.CompilerServices;
using BudgetPilot.Core.Approvals;
using BudgetPilot.Web.Tests.Support;
using Microsoft.Playwright;

namespace BudgetPilot.Web.Tests.Browser;

/// <summary>
/// The seed's manager's morning in Debian's Chromium (never a downloaded browser): sign in, read the overnight
/// actions, approve the +40% increase, extend an alert's grace period, ask the chat why a campaign was paused.
/// Saves a screenshot of each panel (under docs/screenshots/ when BUDGETPILOT_SCREENSHOTS=docs).
/// </summary>
public sealed class TypicalDayTests(WebTestApp app) : IClassFixture<WebTestApp>
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task ManagersMorning_InTheBrowser_EveryPanelWorks()
    {
        if (!File.Exists(Chromium))
        {
            Assert.True(Environment.GetEnvironmentVariable("CI") != "true", $"{Chromium} is missing; CI must install it (apt-get install chromium).");
            Assert.Skip($"{Chromium} is missing: install Debian's chromium to run the browser tests.");
        }

        // The README's pictures are refreshed on request (BUDGETPILOT_SCREENSHOTS=docs), else kept out of the tree.
        var shots = Environment.GetEnvironmentVariable("BUDGETPILOT_SCREENSHOTS") == "docs"
            ? Path.Combine(RepositoryRoot(), "docs", "screenshots")
            : Directory.CreateTempSubdirectory("budgetpilot-screenshots-").FullName;
        Directory.CreateDirectory(shots);
        // A loaded 2-core CI box renders slowly: expectations poll for up to 30 s before failing.
        Assertions.SetDefaultExpectTimeout(30_000);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, BaseURL = app.BaseAddress.ToString() });

        await page.GotoAsync("/");
        await page.FillAsync("input[name=user]", "approver");
        await page.FillAsync("input[name=password]", WebTestApp.Password);
        await page.ClickAsync("button[type=submit]");

        await Assertions.Expect(page.Locator("#simulated")).ToHaveTextAsync("Simulated market");
        await Assertions.Expect(page.Locator("#activity")).ToContainTextAsync("Paused 'Meta – Winter Promo'");
        await Assertions.Expect(page.Locator("#activity")).ToContainTextAsync("Saved: 800 USD/day");
        await Assertions.Expect(page.Locator("#budget")).ToContainTextAsync("50,000 USD/day");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("ATTENTION");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "dashboard.png"), FullPage = true });
        await page.Locator("#budget").ScreenshotAsync(new() { Path = Path.Combine(shots, "budget-overview.png") });
        await page.Locator("#activity").ScreenshotAsync(new() { Path = Path.Combine(shots, "ai-activity.png") });
        await page.Locator("#alerts").ScreenshotAsync(new() { Path = Path.Combine(shots, "alerts.png") });
        await page.Locator("#approvals").ScreenshotAsync(new() { Path = Path.Combine(shots, "approval-queue.png") });

        await Assertions.Expect(page.Locator("#approvals")).ToContainTextAsync("Increase 'Google – Brand Search' by 40%");
        await page.FillAsync($"[data-comment='{DemoState.ApprovalId}']", "Go for Q4");
        await page.ClickAsync($"[data-approve='{DemoState.ApprovalId}']");
        await Assertions.Expect(page.Locator("#approvals")).ToContainTextAsync("No request waiting.");
        Assert.Equal(ApprovalStatus.Approved, (await app.Stores.Approvals.FindAsync(DemoState.ApprovalId, CancellationToken.None))!.Status);

        await page.ClickAsync($"#alerts [data-grace='{DemoState.GraceId}'][data-op='extend']");
        await Assertions.Expect(page.Locator("#toast")).ToContainTextAsync("now pauses at");
        Assert.Equal(1, (await app.Stores.Graces.FindAsync(DemoState.GraceId, CancellationToken.None))!.Extensions);

        await page.FillAsync("#chat-input", "Why did you pause the Meta Winter campaign?");
        await page.PressAsync("#chat-input", "Enter");
        await Assertions.Expect(page.Locator("#chat-log")).ToContainTextAsync("ROAS 1.3 below 1.5");
        await Assertions.Expect(page.Locator("#chat-log")).ToContainTextAsync("TikTok – Viral Series");
        await page.Locator("#chat").ScreenshotAsync(new() { Path = Path.Combine(shots, "chat.png") });

        await page.GotoAsync("/campaigns/meta_ads:winter");
        await Assertions.Expect(page.Locator("#campaign svg.chart")).ToHaveCountAsync(4);
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "campaign.png"), FullPage = true });

        await page.GotoAsync("/audit?kind=Outcome");
        await Assertions.Expect(page.Locator("#audit")).ToContainTextAsync("Increased 'Google – Brand Search' by 40%");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "audit.png"), FullPage = true });

        await page.GotoAsync("/settings");
        await Assertions.Expect(page.Locator("#settings input[name='confidenceThreshold']")).ToHaveValueAsync("0.85");
        await Assertions.Expect(page.Locator("#settings input[name='confidenceThreshold']")).ToBeDisabledAsync();

        var phone = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, BaseURL = app.BaseAddress.ToString() });
        await phone.GotoAsync("/");
        await phone.FillAsync("input[name=user]", "viewer");
        await phone.FillAsync("input[name=password]", WebTestApp.Password);
        await phone.ClickAsync("button[type=submit]");
        await Assertions.Expect(phone.Locator("#activity")).ToContainTextAsync("Paused 'Meta – Winter Promo'");
        Assert.Equal(0, await phone.Locator("[data-approve], [data-grace]").CountAsync());
        var width = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 400, $"the phone page scrolls sideways ({width}px)");
        await phone.ScreenshotAsync(new() { Path = Path.Combine(shots, "phone.png"), FullPage = true });
    }

    private static string RepositoryRoot([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));
}
