using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

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
    [InlineData("rules", "rules")]
    [InlineData("allocator", "allocator")]
    [InlineData("allocator+rules", "allocator+rules")]
    public async Task Cycle_WithAPolicy_RunsThatPolicysEngines(string policy, string engines)
    {
        var (code, output) = await CliRunner.RunAsync("cycle", "--config", Config, "--policy", policy, "--at", "2026-11-25T00:00:00Z");

        Assert.True(code == 0, output);
        var said = Regex.Match(output, @"Collected (\d+) sample\(s\); decided by (\S+)\.");
        Assert.True(said.Success, output);
        // The first cycle brings in 16 days of hours for every campaign it analyses.
        Assert.Equal(Count(output, "Analysed") * 16 * 24, int.Parse(said.Groups[1].Value, CultureInfo.InvariantCulture));
        Assert.True(Count(output, "Analysed") >= 10, output);
        Assert.Equal(engines, said.Groups[2].Value);
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
        var first = await CliRunner.RunAsync("cycle", "--config", Config, "--at", "2026-11-25T10:05:00Z");
        var second = await CliRunner.RunAsync("cycle", "--config", Config, "--at", "2026-11-25T10:20:00Z");

        Assert.True(first.ExitCode == 0, first.Output);
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Contains("Cycle at 2026-11-25 10:05:00Z", first.Output, StringComparison.Ordinal);
        Assert.Contains("Cycle at 2026-11-25 10:20:00Z", second.Output, StringComparison.Ordinal);

        // The first cycle brings the history in; the next re-reads only the last hours.
        var collected = new[] { first.Output, second.Output }.Select(o => int.Parse(Regex.Match(o, @"Collected (\d+) sample").Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Count(first.Output, "Analysed") * 16 * 24, collected[0]);
        Assert.InRange(collected[1], 1, collected[0] / 10);
        Assert.True(File.Exists(Path.Combine(folder, "bp.db")));
    }

    [Fact]
    public async Task ListCommands_AfterACycle_ShowTheQueueTheAuditLogAndTheAlerts()
    {
        const string at = "2026-11-25T00:00:00Z";
        var cycle = await CliRunner.RunAsync("cycle", "--config", Config, "--at", at);

        var approvals = await CliRunner.RunAsync("approvals", "list", "--config", Config, "--at", "2026-11-25T00:05:00Z");
        var actions = await CliRunner.RunAsync("actions", "list", "--config", Config, "--at", "2026-11-25T00:05:00Z");
        var alerts = await CliRunner.RunAsync("alerts", "list", "--all", "--config", Config, "--at", "2026-11-25T00:05:00Z");

        Assert.True(cycle.ExitCode == 0, cycle.Output);
        Assert.True(approvals.ExitCode == 0, approvals.Output);
        Assert.True(actions.ExitCode == 0, actions.Output);
        Assert.True(alerts.ExitCode == 0, alerts.Output);
        var (requested, executed) = (Count(cycle.Output, "Approvals"), Count(cycle.Output, "Executed"));
        Assert.True(requested + executed > 0, cycle.Output);

        // Every request of the cycle is listed with its time left (4 h less the 5 minutes since), and every execution is in the log.
        Assert.Contains($"{requested} pending approval(s)", approvals.Output, StringComparison.Ordinal);
        Assert.Equal(requested, Regex.Matches(approvals.Output, @"\b03:55\b").Count);
        Assert.True(Regex.Matches(actions.Output, @"Outcome \w+ \(Succeeded\)").Count >= executed, actions.Output);
        Assert.Equal(requested, Regex.Matches(actions.Output, @"ApprovalRequested").Count);
        Assert.Matches(@"[1-9]\d* audit entries", actions.Output);
        Assert.Contains("11-25 00:00", actions.Output, StringComparison.Ordinal);
        Assert.Matches(@"\d+ alert\(s\)", alerts.Output);
    }

    /// <summary>A figure of the cycle's table, by its column's heading.</summary>
    private static int Count(string output, string column)
    {
        var lines = output.Split('\n');
        var header = lines.First(l => l.Contains("Samples", StringComparison.Ordinal) && l.Contains(column, StringComparison.Ordinal));
        var row = lines[Array.IndexOf(lines, header) + 2];
        var cells = header.Split('│', '|').Select(c => c.Trim()).ToList();
        var values = row.Split('│', '|').Select(c => c.Trim()).ToList();
        return int.Parse(values[cells.IndexOf(column)], CultureInfo.InvariantCulture);
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
