using BudgetPilot.Core.Approvals;
using BudgetPilot.Web.Tests.Support;
using Microsoft.Playwright;

namespace BudgetPilot.Web.Tests.Browser;

/// <summary>
/// A Slack or email button's deep link in Debian's Chromium: it survives the sign-in, highlights the item it names and
/// asks; only the signed-in user's click acts, and a Viewer only reads.
/// </summary>
public sealed class DeepLinkTests(WebTestApp app) : IClassFixture<WebTestApp>
{
    private const string ChromiumPath = "/usr/bin/chromium";

    [Fact]
    public async Task ApproveLink_SignedOut_SurvivesLogin_HighlightsAndApprovesOnlyOnConfirm()
    {
        await using var browser = await LaunchAsync();
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, BaseURL = app.BaseAddress.ToString() });

        await page.GotoAsync($"/#/approvals/{DemoState.ApprovalId}?do=approve");
        await page.FillAsync("input[name=user]", "approver");
        await page.FillAsync("input[name=password]", WebTestApp.Password);
        await page.ClickAsync("button[type=submit]");

        var item = page.Locator($"#approvals [data-approval='{DemoState.ApprovalId}']");
        await Assertions.Expect(item).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("highlight"));
        await Assertions.Expect(item.Locator("#deep-link")).ToContainTextAsync("Confirm: Approve?");
        Assert.Equal(ApprovalStatus.Pending, (await app.Stores.Approvals.FindAsync(DemoState.ApprovalId, TestContext.Current.CancellationToken))!.Status);

        await page.ClickAsync($"[data-confirm-approval='{DemoState.ApprovalId}']");
        await Assertions.Expect(page.Locator("#approvals")).ToContainTextAsync("No request waiting.");
        Assert.Equal(ApprovalStatus.Approved, (await app.Stores.Approvals.FindAsync(DemoState.ApprovalId, TestContext.Current.CancellationToken))!.Status);
        Assert.DoesNotContain("#/approvals", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtendLink_AsViewer_HighlightsReadOnly_WithoutAnyButton()
    {
        await using var browser = await LaunchAsync();
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, BaseURL = app.BaseAddress.ToString() });

        await page.GotoAsync($"/#/graces/{DemoState.GraceId}?do=extend");
        await page.FillAsync("input[name=user]", "viewer");
        await page.FillAsync("input[name=password]", WebTestApp.Password);
        await page.ClickAsync("button[type=submit]");

        var item = page.Locator($"#alerts [data-grace-item='{DemoState.GraceId}']");
        await Assertions.Expect(item).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("highlight"));
        await Assertions.Expect(item.Locator("#deep-link")).ToContainTextAsync("Read-only");
        await Assertions.Expect(item.Locator("button")).ToHaveCountAsync(0);
        Assert.Equal(0, (await app.Stores.Graces.FindAsync(DemoState.GraceId, TestContext.Current.CancellationToken))!.Extensions);
    }

    private static async Task<Session> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Assert.True(Environment.GetEnvironmentVariable("CI") != "true", $"{ChromiumPath} is missing; CI must install it (apt-get install chromium).");
            Assert.Skip($"{ChromiumPath} is missing: install Debian's chromium to run the browser tests.");
        }

        Assertions.SetDefaultExpectTimeout(30_000);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
        return new Session(playwright, browser);
    }

    private sealed record Session(IPlaywright Playwright, IBrowser Browser) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Browser.DisposeAsync();
            Playwright.Dispose();
        }
    }
}
