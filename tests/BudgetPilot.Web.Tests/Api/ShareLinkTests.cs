using System.Net;
using System.Net.Http.Json;
using BudgetPilot.Web.Sharing;
using BudgetPilot.Web.Tests.Support;

namespace BudgetPilot.Web.Tests.Api;

/// <summary>Stakeholder links over direct HTTP: who may create them, what they show, and that expired or revoked ones stop working.</summary>
public sealed class ShareLinkTests(WebTestApp app) : IClassFixture<WebTestApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Uri Shares = new("api/v1/shares", UriKind.Relative);

    private async Task<ShareView> CreateAsync(string view, int hours)
    {
        using var approver = await app.LoginAsync("approver");
        using var response = await approver.PostAsJsonAsync(Shares, new { view, expiresInHours = hours }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ShareView>(Ct))!;
    }

    [Fact]
    public async Task Link_Anonymous_SeesReadOnlyReportWithoutControlsOrSecrets()
    {
        var share = await CreateAsync("dashboard", 24);
        using var anonymous = app.Anonymous();

        using var response = await anonymous.GetAsync(new Uri(share.Url!), Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Performance, last 7 days", html, StringComparison.Ordinal);
        Assert.Contains("data:image/png;base64,", html, StringComparison.Ordinal);
        foreach (var control in new[] { "<form", "<button", "<input", "<script", "__RequestVerificationToken", "csrf", "password", "access_token" })
        {
            Assert.DoesNotContain(control, html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Link_Expired_Is410()
    {
        var share = await CreateAsync("weekly", 1);
        using var anonymous = app.Anonymous();

        app.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        using var response = await anonymous.GetAsync(new Uri(share.Url!), Ct);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("expired", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_Revoked_Is410_AndForgedTokenIs403()
    {
        var share = await CreateAsync("daily", 48);
        using var approver = await app.LoginAsync("approver");
        using var anonymous = app.Anonymous();
        using var before = await anonymous.GetAsync(new Uri(share.Url!), Ct);

        using var revoke = await approver.DeleteAsync(new Uri($"api/v1/shares/{share.Id}", UriKind.Relative), Ct);
        using var after = await anonymous.GetAsync(new Uri(share.Url!), Ct);
        using var forged = await anonymous.GetAsync(new Uri(share.Url![..^4] + "AAAA"), Ct);
        using var unsigned = await anonymous.GetAsync(new Uri(app.BaseAddress, "shared/" + share.Id.ToString("N")), Ct);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, after.StatusCode);
        Assert.Contains("revoked", await after.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, unsigned.StatusCode);
    }

    [Fact]
    public async Task Link_OneCharacterTamperedAnywhere_Is403()
    {
        var share = await CreateAsync("weekly", 24);
        using var anonymous = app.Anonymous();
        var token = share.Url![(share.Url!.LastIndexOf('/') + 1)..];

        // Not the last character: base64url's last character can carry padding bits that decode to the same bytes.
        foreach (var at in new[] { 0, token.Length / 3, token.Length / 2, token.Length - 2 })
        {
            var flipped = token[..at] + (token[at] == 'A' ? 'B' : 'A') + token[(at + 1)..];
            using var response = await anonymous.GetAsync(new Uri(app.BaseAddress, "shared/" + flipped), Ct);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        using var intact = await anonymous.GetAsync(new Uri(app.BaseAddress, "shared/" + token), Ct);
        Assert.Equal(HttpStatusCode.OK, intact.StatusCode);
    }

    [Fact]
    public async Task List_ShowsCreatedAndRevokedLinks_WithoutTokens()
    {
        var share = await CreateAsync("daily", 24);
        using var approver = await app.LoginAsync("approver");
        using var revoke = await approver.DeleteAsync(new Uri($"api/v1/shares/{share.Id}", UriKind.Relative), Ct);

        var listed = await approver.GetFromJsonAsync<ShareView[]>(Shares, Ct);

        var mine = Assert.Single(listed!, s => s.Id == share.Id);
        Assert.NotNull(mine.RevokedAt);
        Assert.All(listed!, s => Assert.Null(s.Url));
    }

    [Fact]
    public async Task Create_AsViewer_Is403_BadRequestNamesTheField()
    {
        using var viewer = await app.LoginAsync("viewer");
        using var approver = await app.LoginAsync("approver");

        using var denied = await viewer.PostAsJsonAsync(Shares, new { view = "weekly", expiresInHours = 24 }, Ct);
        using var bad = await approver.PostAsJsonAsync(Shares, new { view = "settings", expiresInHours = 9999 }, Ct);
        var problem = await bad.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("'settings' is not a view", problem, StringComparison.Ordinal);
        Assert.Contains("9999 must be between 1 and 720", problem, StringComparison.Ordinal);
    }
}
