using System.Net;
using System.Net.Http.Json;
using BudgetPilot.Web.Sharing;
using BudgetPilot.Web.Tests.Support;

namespace BudgetPilot.Web.Tests.Api;

/// <summary>Share links live in the database and are signed with keys kept in the data folder: a restart keeps them, and their revocation.</summary>
public sealed class ShareRestartTests(WebTestApp app) : IClassFixture<WebTestApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Link_AfterRestart_StillOpens_AndRevocationAfterRestartHolds()
    {
        ShareView live, revoked;
        using (var approver = await app.LoginAsync("approver"))
        {
            using var first = await approver.PostAsJsonAsync(new Uri("api/v1/shares", UriKind.Relative), new { view = "dashboard", expiresInHours = 24 }, Ct);
            using var second = await approver.PostAsJsonAsync(new Uri("api/v1/shares", UriKind.Relative), new { view = "weekly", expiresInHours = 24 }, Ct);
            live = (await first.Content.ReadFromJsonAsync<ShareView>(Ct))!;
            revoked = (await second.Content.ReadFromJsonAsync<ShareView>(Ct))!;
        }

        await app.RestartAsync();
        using var anonymous = app.Anonymous();
        using (var approver = await app.LoginAsync("approver"))
        {
            using var revoke = await approver.DeleteAsync(new Uri($"api/v1/shares/{revoked.Id}", UriKind.Relative), Ct);
            Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
            var listed = await approver.GetFromJsonAsync<ShareView[]>(new Uri("api/v1/shares", UriKind.Relative), Ct);
            Assert.Contains(listed!, s => s.Id == live.Id);
        }

        using var opened = await anonymous.GetAsync(new Uri(app.BaseAddress, new Uri(live.Url!).AbsolutePath), Ct);
        using var gone = await anonymous.GetAsync(new Uri(app.BaseAddress, new Uri(revoked.Url!).AbsolutePath), Ct);

        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Contains("Performance, last 7 days", await opened.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
    }
}
