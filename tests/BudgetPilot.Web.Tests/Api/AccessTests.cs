using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using BudgetPilot.Core.Approvals;
using BudgetPilot.Web.Tests.Support;

namespace BudgetPilot.Web.Tests.Api;

/// <summary>Role and CSRF rules against direct HTTP requests, not through the UI.</summary>
public sealed class AccessTests(WebTestApp app) : IClassFixture<WebTestApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Uri Approve => new($"api/v1/approvals/{DemoState.ApprovalId}/approve", UriKind.Relative);

    [Fact]
    public async Task Approve_AsViewer_Is403AndNothingChanges()
    {
        using var viewer = await app.LoginAsync("viewer");

        using var response = await viewer.PostAsJsonAsync(Approve, new { comment = "sneaky" }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var request = await app.Stores.Approvals.FindAsync(DemoState.ApprovalId, Ct);
        Assert.Equal(ApprovalStatus.Pending, request!.Status);
        var campaign = (await app.Stores.Campaigns.ListAsync("default", Ct)).Single(c => c.Id == DemoState.Brand);
        Assert.Equal(5000m, campaign.DailyBudget);
    }

    [Fact]
    public async Task Approve_AsApproverWithoutCsrfToken_Is400AndNothingChanges()
    {
        using var approver = await app.LoginAsync("approver", withCsrf: false);

        using var response = await approver.PostAsJsonAsync(Approve, new { comment = "csrf" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ApprovalStatus.Pending, (await app.Stores.Approvals.FindAsync(DemoState.ApprovalId, Ct))!.Status);
    }

    [Fact]
    public async Task Api_Anonymous_Is401AndPageRedirectsToLogin()
    {
        using var client = app.Anonymous();

        using var api = await client.GetAsync(new Uri("api/v1/overview", UriKind.Relative), Ct);
        var page = await client.GetStringAsync(new Uri("/", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Contains("Sign in", page, StringComparison.Ordinal);
        Assert.Contains("Simulated market", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_AsApprover_Is403AndExtendGraceAsViewerIs403()
    {
        using var approver = await app.LoginAsync("approver");
        using var viewer = await app.LoginAsync("viewer");

        using var settings = await approver.PutAsJsonAsync(new Uri("api/v1/settings", UriKind.Relative), new { confidenceThreshold = 0.9 }, Ct);
        using var extend = await viewer.PostAsJsonAsync(new Uri($"api/v1/graces/{DemoState.GraceId}/extend", UriKind.Relative), new { hours = 1 }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, settings.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, extend.StatusCode);
        Assert.Equal(DemoState.Now.AddHours(2.5), (await app.Stores.Graces.FindAsync(DemoState.GraceId, Ct))!.DueAt);
    }

    [Fact]
    public async Task ApiToken_CreatedByAdmin_AuthenticatesWithoutCsrfAndKeepsItsRole()
    {
        using var admin = await app.LoginAsync("admin");
        using var created = await admin.PostAsJsonAsync(new Uri("api/v1/tokens", UriKind.Relative), new { name = "reporting", role = "Viewer" }, Ct);
        var token = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("token").GetString();

        using var bot = app.Anonymous();
        bot.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var read = await bot.GetAsync(new Uri("api/v1/overview", UriKind.Relative), Ct);
        using var write = await bot.PostAsJsonAsync(Approve, new { comment = "bot" }, Ct);
        bot.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "bp_wrong");
        using var wrong = await bot.GetAsync(new Uri("api/v1/overview", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
    }

    [Fact]
    public async Task Users_FileKeepsOnlyHashes()
    {
        using var admin = await app.LoginAsync("admin");
        var users = await admin.GetStringAsync(new Uri("api/v1/users", UriKind.Relative), Ct);

        Assert.Contains("viewer", users, StringComparison.Ordinal);
        Assert.DoesNotContain(WebTestApp.Password, users, StringComparison.Ordinal);
        Assert.DoesNotContain("passwordHash", users, StringComparison.Ordinal);
    }
}
