using System.Net.Http.Json;
using System.Text.Json;
using BudgetPilot.Web.Tests.Support;

namespace BudgetPilot.Web.Tests.Api;

/// <summary>The deterministic chat with no LLM configured: the plan, and commands that become gated proposals.</summary>
public sealed class ChatCommandTests(WebTestApp app) : IClassFixture<WebTestApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(string Source, string Text)> AskAsync(string user, string question)
    {
        using var client = await app.LoginAsync(user);
        using var response = await client.PostAsJsonAsync(new Uri("api/v1/chat", UriKind.Relative), new { question }, Ct);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return (answer.GetProperty("source").GetString()!, string.Join("\n", answer.GetProperty("lines").EnumerateArray().Select(l => l.GetString())));
    }

    [Fact]
    public async Task What_next_lists_the_waiting_pause_and_the_approval()
    {
        var (source, text) = await AskAsync("viewer", "What will you do next?");

        Assert.Equal("plan", source);
        Assert.Contains("Waiting for your approval", text, StringComparison.Ordinal);
        Assert.Contains("Google – Brand Search", text, StringComparison.Ordinal);
        Assert.Contains("I will pause", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_raise_above_the_approval_line_given_in_chat_is_queued_not_executed()
    {
        var (source, text) = await AskAsync("approver", "Increase LinkedIn B2B Leads by 30%");

        Assert.Equal("command", source);
        Assert.Contains("Queued for approval", text, StringComparison.Ordinal);
        Assert.Contains("2000 → 2600", text, StringComparison.Ordinal);
        var pending = await app.Stores.Approvals.ListPendingAsync("default", Ct);
        Assert.Contains(pending, r => r.Primary.Campaign == DemoState.B2b && r.Primary.NewBudget == 2600m && r.Primary.Engine == "chat");
    }

    [Fact]
    public async Task A_viewer_cannot_give_commands()
    {
        var (_, text) = await AskAsync("viewer", "pause Meta Summer Campaign");

        Assert.Contains("Only an approver or an admin may give commands", text, StringComparison.Ordinal);
        var audit = await app.Stores.Audit.ListAsync("default", app.Time.GetUtcNow().AddHours(-1), app.Time.GetUtcNow().AddHours(1), Ct);
        Assert.DoesNotContain(audit, e => e.Actor == "chat:viewer");
    }
}
