using System.Text.Json;

namespace BudgetPilot.Cli.Tests;

/// <summary>
/// The CLI end to end: the composition root, SQLite migrations, the simulated market and the real cycle,
/// exactly as `budgetpilot` runs them. One workspace database per test class.
/// </summary>
public sealed class CommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("budgetpilot-cli-").FullName;

    public CommandTests() => File.WriteAllText(Config, $$"""
        workspace: { id: clitest, name: "CLI test", total_daily_budget: 20000, currency: USD, time_zone: UTC, min_roas: 3.0, max_campaign_budget: 8000 }
        autonomous_mode: true
        storage: { provider: sqlite, connection_string: "Data Source={{Path.Combine(folder, "bp.db")}}" }
        platforms: { simulated: { enabled: true, seed: 5, campaigns: 12 } }
        """);

    private string Config => Path.Combine(folder, "budgetpilot.yaml");

    [Theory]
    [InlineData("rules")]
    [InlineData("allocator")]
    [InlineData("allocator+rules")]
    public async Task Cycle_WithAPolicy_RunsThatPolicysEngines(string policy)
    {
        var (code, output) = await CliRunner.RunAsync("cycle", "--config", Config, "--policy", policy, "--at", "2026-11-25T00:00:00Z");

        Assert.Equal(0, code);
        Assert.Contains("Overall health", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cycle_WithAnUnknownPolicy_IsRefusedByName()
    {
        var (code, output) = await CliRunner.RunAsync("cycle", "--config", Config, "--policy", "greedy");

        Assert.Equal(2, code);
        Assert.Contains("'greedy' is not a policy", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cycle_TwiceOnAFreshDatabase_MigratesCollectsAndRecordsEachCycle()
    {
        var first = await CliRunner.RunAsync("cycle", "--config", Config);
        var second = await CliRunner.RunAsync("cycle", "--config", Config, "--at", DateTimeOffset.UtcNow.AddMinutes(15).ToString("O"));

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Overall health", first.Output, StringComparison.Ordinal);
        Assert.Contains("Samples", second.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "bp.db")));
    }

    [Fact]
    public async Task ListCommands_AfterACycle_ShowTheQueueTheAuditLogAndTheAlerts()
    {
        await CliRunner.RunAsync("cycle", "--config", Config);

        var approvals = await CliRunner.RunAsync("approvals", "list", "--config", Config);
        var actions = await CliRunner.RunAsync("actions", "list", "--config", Config);
        var alerts = await CliRunner.RunAsync("alerts", "list", "--all", "--config", Config);

        Assert.Equal(0, approvals.ExitCode);
        Assert.Contains("pending approval(s)", approvals.Output, StringComparison.Ordinal);
        Assert.Equal(0, actions.ExitCode);
        Assert.Contains("audit entries", actions.Output, StringComparison.Ordinal);
        Assert.Equal(0, alerts.ExitCode);
        Assert.Contains("alert(s)", alerts.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_UnknownRequest_FailsWithAReason()
    {
        var (code, output) = await CliRunner.RunAsync("approvals", "approve", Guid.NewGuid().ToString(), "--config", Config);

        Assert.Equal(1, code);
        Assert.Contains("No approval request", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cycle_BrokenConfig_IsRefusedNamingTheKey()
    {
        File.WriteAllText(Config, "workspace: { id: x, total_daily_budget: -5, currency: USD, time_zone: UTC }\nplatforms: { simulated: { enabled: true } }\n");

        var (code, output) = await CliRunner.RunAsync("cycle", "--config", Config);

        Assert.Equal(2, code);
        Assert.Contains("total_daily_budget", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulate_WritesTheSummaryAsSnakeCaseJson()
    {
        var json = Path.Combine(folder, "run.json");

        var (code, output) = await CliRunner.RunAsync("simulate", "--days", "3", "--campaigns", "8", "--seed", "2", "--json", json);

        Assert.Equal(0, code);
        Assert.Contains("Invariants: 0 violations", output, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal(3, doc.RootElement.GetProperty("days").GetInt32());
        Assert.True(doc.RootElement.TryGetProperty("approvals_requested", out _));
        Assert.True(doc.RootElement.TryGetProperty("executed_by_type", out _));
    }

    [Fact]
    public async Task Simulate_OutOfRangeDays_IsRefused()
    {
        var (code, output) = await CliRunner.RunAsync("simulate", "--days", "0");

        Assert.Equal(2, code);
        Assert.Contains("--days", output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
