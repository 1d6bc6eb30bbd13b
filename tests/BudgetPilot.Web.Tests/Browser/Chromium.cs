using Microsoft.Playwright;

namespace BudgetPilot.Web.Tests.Browser;

/// <summary>Debian's Chromium, headless, signed in to the app as <c>approver</c>.</summary>
internal static class Chromium
{
    private const string Path = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser, IPage Page)> SignInAsync(Uri baseAddress)
    {
        if (!File.Exists(Path))
        {
            Assert.True(Environment.GetEnvironmentVariable("CI") != "true", $"{Path} is missing; CI must install it (apt-get install chromium).");
            Assert.Skip($"{Path} is missing: install Debian's chromium to run the browser tests.");
        }

        Assertions.SetDefaultExpectTimeout(30_000);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Path, Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, BaseURL = baseAddress.ToString() });
        await page.GotoAsync("/");
        await page.FillAsync("input[name=user]", "approver");
        await page.FillAsync("input[name=password]", Support.WebTestApp.Password);
        await page.ClickAsync("button[type=submit]");
        return (playwright, browser, page);
    }
}
