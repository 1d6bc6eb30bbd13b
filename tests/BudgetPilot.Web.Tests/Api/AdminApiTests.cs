using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Settings;
using BudgetPilot.Web.Tests.Support;

namespace BudgetPilot.Web.Tests.Api;

/// <summary>Users, API tokens and settings through the Admin API: validated per field, and every change audited.</summary>
public sealed class AdminApiTests(WebTestApp app) : IClassFixture<WebTestApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Uri U(string path) => new(path, UriKind.Relative);

    private async Task<IReadOnlyList<AuditEntry>> AccessAuditAsync() =>
        [.. (await app.Stores.Audit.ListAsync("default", DemoState.Now.AddHours(-1), DemoState.Now.AddHours(1), Ct)).Where(e => e.Kind == AuditKind.AccessChanged)];

    [Fact]
    public async Task Users_CreateDisableEnable_AreAuditedAndADisabledUserLosesAccess()
    {
        using var admin = await app.LoginAsync("admin");

        using var weak = await admin.PostAsJsonAsync(U("api/v1/users"), new { name = "dana", role = "Approver", password = "short" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("\"password\"", await weak.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        using var created = await admin.PostAsJsonAsync(U("api/v1/users"), new { name = "dana", role = "Approver", password = WebTestApp.Password }, Ct);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        using var dana = await app.LoginAsync("dana");
        using (var before = await dana.GetAsync(U("api/v1/overview"), Ct))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var self = await admin.PostAsync(U("api/v1/users/admin/disable"), null, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);

        using var disabled = await admin.PostAsync(U("api/v1/users/dana/disable"), null, Ct);
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        using (var after = await dana.GetAsync(U("api/v1/overview"), Ct))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        }

        var users = await admin.GetFromJsonAsync<JsonElement>(U("api/v1/users"), Ct);
        Assert.True(users.EnumerateArray().Single(u => u.GetProperty("name").GetString() == "dana").GetProperty("disabled").GetBoolean());

        using var enabled = await admin.PostAsync(U("api/v1/users/dana/enable"), null, Ct);
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        using var missing = await admin.PostAsync(U("api/v1/users/nobody/disable"), null, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);

        var audit = (await AccessAuditAsync()).Where(e => e.Reason.Contains("'dana'", StringComparison.Ordinal)).Select(e => e.Reason).ToList();
        Assert.Equal(["Created user 'dana' (Approver)", "Disabled user 'dana' (Approver)", "Enabled user 'dana' (Approver)"], audit);
        Assert.All(await AccessAuditAsync(), e => Assert.Equal("user:admin", e.Actor));
    }

    [Fact]
    public async Task Tokens_CreateListRevoke_ShownOnceAndRefusedOnceRevoked()
    {
        using var admin = await app.LoginAsync("admin");
        using var created = await admin.PostAsJsonAsync(U("api/v1/tokens"), new { name = "nightly export", role = "Viewer" }, Ct);
        var token = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("token").GetString()!;

        var listed = (await admin.GetStringAsync(U("api/v1/tokens"), Ct));
        Assert.DoesNotContain(token, listed, StringComparison.Ordinal);
        var entry = JsonDocument.Parse(listed).RootElement.EnumerateArray().Single(t => t.GetProperty("name").GetString() == "nightly export");
        var id = entry.GetProperty("id").GetString()!;

        using var bot = app.Anonymous();
        bot.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using (var read = await bot.GetAsync(U("api/v1/overview"), Ct))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }

        using var viewer = await app.LoginAsync("viewer");
        using var notAdmin = await viewer.PostAsync(U($"api/v1/tokens/{id}/revoke"), null, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, notAdmin.StatusCode);
        using var noCsrf = await app.LoginAsync("admin", withCsrf: false);
        using var forged = await noCsrf.PostAsync(U($"api/v1/tokens/{id}/revoke"), null, Ct);
        Assert.NotEqual(HttpStatusCode.OK, forged.StatusCode);

        using var revoked = await admin.PostAsync(U($"api/v1/tokens/{id}/revoke"), null, Ct);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        using (var refused = await bot.GetAsync(U("api/v1/overview"), Ct))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        using var twice = await admin.PostAsync(U($"api/v1/tokens/{id}/revoke"), null, Ct);
        Assert.Equal(HttpStatusCode.NotFound, twice.StatusCode);
        using var nameless = await admin.PostAsJsonAsync(U("api/v1/tokens"), new { name = " ", role = "Viewer" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, nameless.StatusCode);

        var audit = (await AccessAuditAsync()).Select(e => e.Reason).Where(r => r.Contains("'nightly export'", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Created API token 'nightly export' (Viewer)", $"Revoked API token 'nightly export' (Viewer, {id})"], audit);
    }

    [Fact]
    public async Task Settings_SeveralBadValues_EachErrorIsKeyedByItsField()
    {
        using var admin = await app.LoginAsync("admin");
        var settings = (await admin.GetFromJsonAsync<WorkspaceSettings>(U("api/v1/settings"), Ct))!;
        var bad = settings with
        {
            ConfidenceThreshold = 1.5,
            Guardrails = settings.Guardrails with { MaxDailyAdjustments = -1 },
            Alerts = settings.Alerts with { CtrDropFraction = 2m },
        };

        using var response = await admin.PutAsJsonAsync(U("api/v1/settings"), bad, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.Equal(
            ["alerts.ctrDropFraction", "confidenceThreshold", "guardrails.maxDailyAdjustments"],
            errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Contains("1.5", errors.GetProperty("confidenceThreshold")[0].GetString(), StringComparison.Ordinal);
        var current = (await admin.GetFromJsonAsync<WorkspaceSettings>(U("api/v1/settings"), Ct))!;
        Assert.Equal(settings.ConfidenceThreshold, current.ConfidenceThreshold);
    }
}
