using System.Net;
using System.Net.Http.Json;
using BudgetPilot.Core.Approvals;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Settings;
using BudgetPilot.Web.Tests.Support;

namespace BudgetPilot.Web.Tests.Api;

public sealed class ManagerCommandTests(WebTestApp app) : IClassFixture<WebTestApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Approve_AsApprover_ExecutesTheIncreaseAndAuditsTheComment()
    {
        using var client = await app.LoginAsync("approver");

        using var response = await client.PostAsJsonAsync(new Uri($"api/v1/approvals/{DemoState.ApprovalId}/approve", UriKind.Relative), new { comment = "Go for Q4" }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = await app.Stores.Approvals.FindAsync(DemoState.ApprovalId, Ct);
        Assert.Equal(ApprovalStatus.Approved, request!.Status);
        Assert.Equal("Go for Q4", request.Comment);
        var campaign = (await app.Stores.Campaigns.ListAsync("default", Ct)).Single(c => c.Id == DemoState.Brand);
        Assert.Equal(7000m, campaign.DailyBudget);

        using var again = await client.PostAsJsonAsync(new Uri($"api/v1/approvals/{DemoState.ApprovalId}/approve", UriKind.Relative), new { comment = "twice" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task ExtendGrace_AsApprover_MovesTheDueTime()
    {
        using var client = await app.LoginAsync("approver");

        using var response = await client.PostAsJsonAsync(new Uri($"api/v1/graces/{DemoState.GraceId}/extend", UriKind.Relative), new { hours = 2 }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pause = await app.Stores.Graces.FindAsync(DemoState.GraceId, Ct);
        Assert.Equal(DemoState.Now.AddHours(4.5), pause!.DueAt);
    }

    [Fact]
    public async Task Settings_AdminChange_IsValidatedAppliedAndAudited()
    {
        using var admin = await app.LoginAsync("admin");
        var settings = await admin.GetFromJsonAsync<WorkspaceSettings>(new Uri("api/v1/settings", UriKind.Relative), Ct);

        using var ok = await admin.PutAsJsonAsync(new Uri("api/v1/settings", UriKind.Relative), settings! with { ConfidenceThreshold = 0.9 }, Ct);
        using var invalid = await admin.PutAsJsonAsync(new Uri("api/v1/settings", UriKind.Relative), settings with { ConfidenceThreshold = 0.2 }, Ct);

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.True(invalid.StatusCode == HttpStatusCode.BadRequest, await invalid.Content.ReadAsStringAsync(Ct));
        Assert.Contains("confidence_threshold", await invalid.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(0.9, app.Services.GetRequiredService<BudgetPilot.Core.Cycle.WorkspaceContext>().Settings.ConfidenceThreshold);
        var audit = await app.Stores.Audit.ListAsync("default", DemoState.Now.AddHours(-1), DemoState.Now.AddHours(1), Ct);
        var entry = Assert.Single(audit, e => e.Kind == AuditKind.SettingsChanged);
        Assert.Equal("user:admin", entry.Actor);
        Assert.Contains("confidenceThreshold: 0.85 → 0.9", entry.Reason, StringComparison.Ordinal);
    }
}
