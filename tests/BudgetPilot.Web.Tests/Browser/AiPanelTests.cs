using BudgetPilot.Web.Tests.Support;
using Microsoft.Playwright;

namespace BudgetPilot.Web.Tests.Browser;

/// <summary>The acceptance case in the browser: after a hostile Anthropic reply the dashboard says why nothing was done.</summary>
public sealed class HostileLlmDashboardTests(HostileLlmWebApp app) : IClassFixture<HostileLlmWebApp>
{
    [Fact]
    public async Task The_dashboard_shows_why_the_llms_decisions_were_not_taken()
    {
        await app.RunCycleAsync();
        var (playwright, browser, page) = await Chromium.SignInAsync(app.BaseAddress);
        using var _ = playwright;
        await using var __ = browser;

        var panel = page.Locator("#ai");
        await Assertions.Expect(panel).ToContainTextAsync("3 dropped before the guardrails");
        await Assertions.Expect(panel.Locator("#ai-dropped li")).ToHaveCountAsync(3);
        await Assertions.Expect(panel).ToContainTextAsync("Unknown campaign id 'meta_ads:does-not-exist'");
        await Assertions.Expect(panel).ToContainTextAsync("new budget 150000 is over the total daily budget 50000");
        await Assertions.Expect(panel).ToContainTextAsync("confidence 1.7 is outside 0–1");
        await Assertions.Expect(panel).ToContainTextAsync("2100 in / 350 out tokens");
        await panel.ScreenshotAsync(new() { Path = Path.Combine(Directory.CreateTempSubdirectory("budgetpilot-screenshots-").FullName, "ai-panel.png") });
    }
}

/// <summary>Without any key the AI panel says so and the chat still answers from the audit log and the metrics.</summary>
public sealed class KeylessChatTests(WebTestApp app) : IClassFixture<WebTestApp>
{
    [Fact]
    public async Task Without_a_key_the_chat_answers_why_and_what_next_from_the_audit_log()
    {
        var (playwright, browser, page) = await Chromium.SignInAsync(app.BaseAddress);
        using var _ = playwright;
        await using var __ = browser;

        await Assertions.Expect(page.Locator("#ai")).ToContainTextAsync("No LLM: no LLM configured");
        await page.FillAsync("#chat-input", "Why did you pause the Meta Winter campaign?");
        await page.PressAsync("#chat-input", "Enter");
        await Assertions.Expect(page.Locator("#chat-log")).ToContainTextAsync("ROAS 1.3 below 1.5");
        await Assertions.Expect(page.Locator("#chat-log")).ToContainTextAsync("Confidence: 94%");
        await page.FillAsync("#chat-input", "What will you do next?");
        await page.PressAsync("#chat-input", "Enter");
        await Assertions.Expect(page.Locator("#chat-log")).ToContainTextAsync("Waiting for your approval");
    }
}
