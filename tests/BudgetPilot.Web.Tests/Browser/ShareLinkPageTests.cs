using System.Net;
using BudgetPilot.Web.Tests.Support;
using Microsoft.Playwright;

namespace BudgetPilot.Web.Tests.Browser;

/// <summary>
/// An approver shares the weekly report from the Share page; a stranger's browser (no cookies) sees a page with no
/// controls; after the approver revokes the link in the page, the same link answers 410. Viewers get no Share page.
/// </summary>
public sealed class ShareLinkPageTests(WebTestApp app) : IClassFixture<WebTestApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Approver_CreatesLink_StrangerSeesReadOnlyReport_RevokedLinkIs410()
    {
        var (playwright, browser, page) = await Chromium.SignInAsync(app.BaseAddress);
        using var _ = playwright;
        await using var __ = browser;

        // The browser's clock is a year past the link's expiry: the page must still show the server's verdict.
        await page.Clock.SetFixedTimeAsync(DemoState.Now.AddDays(400).UtcDateTime);
        await page.ClickAsync("nav a[href='/share']");
        await page.SelectOptionAsync("#share-form select[name=view]", "weekly");
        await page.SelectOptionAsync("#share-form select[name=expiresInHours]", "24");
        await page.ClickAsync("#share-form button");
        var urlBox = page.Locator("#share-url");
        await Assertions.Expect(urlBox).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("/shared/.+"));
        var url = await urlBox.InputValueAsync();
        var row = page.Locator("#share-list tr[data-share]").Filter(new() { HasText = "weekly" });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("live");

        // A fresh context has none of the approver's cookies: what a stakeholder's browser sees.
        await using var stranger = await browser.NewContextAsync();
        var report = await stranger.NewPageAsync();
        var opened = await report.GotoAsync(url);
        Assert.Equal((int)HttpStatusCode.OK, opened!.Status);
        await Assertions.Expect(report.Locator("h1")).ToBeVisibleAsync();
        await Assertions.Expect(report.Locator("img[src^='data:image/png']").First).ToBeVisibleAsync();
        await Assertions.Expect(report.Locator("button, form, input, select, textarea, script")).ToHaveCountAsync(0);

        await row.Locator("button[data-revoke-share]").ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("revoked");
        await Assertions.Expect(row.Locator("button")).ToHaveCountAsync(0);
        var again = await report.GotoAsync(url);
        Assert.Equal((int)HttpStatusCode.Gone, again!.Status);
    }

    [Fact]
    public async Task SharePage_BrowserClockInThePast_ShowsExpiredWhenTheServerSaysSo()
    {
        var (playwright, browser, page) = await Chromium.SignInAsync(app.BaseAddress);
        using var _ = playwright;
        await using var __ = browser;
        await page.Clock.SetFixedTimeAsync(DemoState.Now.AddYears(-3).UtcDateTime);
        await page.ClickAsync("nav a[href='/share']");
        await page.SelectOptionAsync("#share-form select[name=view]", "daily");
        await page.SelectOptionAsync("#share-form select[name=expiresInHours]", "24");
        await page.ClickAsync("#share-form button");
        var row = page.Locator("#share-list tr[data-share]").Filter(new() { HasText = "daily" });
        await Assertions.Expect(row).ToContainTextAsync("live");

        // Only the server's clock moves: a day and an hour later the link is expired, whatever the browser believes.
        // (This class's own app: the other tests create their links after whatever time this one reached.)
        // The sign-in has expired by then too: sign in again.
        app.Time.Advance(TimeSpan.FromHours(25));
        await page.GotoAsync("/");
        await page.FillAsync("input[name=user]", "approver");
        await page.FillAsync("input[name=password]", WebTestApp.Password);
        await page.ClickAsync("button[type=submit]");
        await page.ClickAsync("nav a[href='/share']");
        await Assertions.Expect(row).ToContainTextAsync("expired");
        await Assertions.Expect(row.Locator("button")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Viewer_HasNoShareLinkNorPage()
    {
        using var viewer = await app.LoginAsync("viewer");
        var home = await viewer.GetStringAsync(new Uri("/", UriKind.Relative), Ct);
        using var share = await viewer.GetAsync(new Uri("/share", UriKind.Relative), Ct);
        using var approver = await app.LoginAsync("approver");
        var approverHome = await approver.GetStringAsync(new Uri("/", UriKind.Relative), Ct);

        Assert.DoesNotContain("href=\"/share\"", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/share\"", approverHome, StringComparison.Ordinal);
        // Outside /api a refused page redirects to the access-denied path rather than answering 403: either way, no Share page.
        Assert.NotEqual(HttpStatusCode.OK, share.StatusCode);
        Assert.DoesNotContain("data-page=\"share\"", await share.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
