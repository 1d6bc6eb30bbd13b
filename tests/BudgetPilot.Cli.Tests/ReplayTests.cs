using System.Text.RegularExpressions;
using BudgetPilot.Core.Alerts;
using BudgetPilot.Core.Approvals;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Execution;
using BudgetPilot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetPilot.Cli.Tests;

/// <summary>
/// `cycle --at` years away from the wall clock behaves like the live run at that instant (ARCHITECTURE invariant 11):
/// every audit stamp, approval expiry, grace due time and alert is derived from the instant handed to the command.
/// </summary>
public sealed class ReplayTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2031, 6, 15, 0, 0, 0, TimeSpan.Zero);
    private readonly string folder = Directory.CreateTempSubdirectory("budgetpilot-replay-").FullName;

    public ReplayTests() => File.WriteAllText(Config, $$"""
        workspace: { id: replay, name: "Replay", total_daily_budget: 20000, currency: USD, time_zone: UTC, min_roas: 3.0, max_campaign_budget: 8000 }
        autonomous_mode: true
        approval_timeout: 4h
        grace_period: 3h
        storage: { provider: sqlite, connection_string: "Data Source={{Path.Combine(folder, "bp.db")}}" }
        platforms: { simulated: { enabled: true, seed: 5, campaigns: 12 } }
        """);

    private string Config => Path.Combine(folder, "budgetpilot.yaml");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Cycle_ReplayedFarFromTheWallClock_StampsEverythingWithItsInstant()
    {
        var (code, output) = await CliRunner.RunAsync("cycle", "--config", Config, "--policy", "rules", "--at", At.ToString("O"));

        Assert.True(code == 0, output);
        await using var services = Services();
        var audit = await services.GetRequiredService<IAuditLog>().ListAsync("replay", DateTimeOffset.MinValue, DateTimeOffset.MaxValue, Ct);
        var approvals = await services.GetRequiredService<IApprovalStore>().ListPendingAsync("replay", Ct);
        var graces = await services.GetRequiredService<IGracePeriodStore>().ListWaitingAsync("replay", Ct);
        var alerts = await services.GetRequiredService<IAlertStore>().ListOpenAsync("replay", Ct);
        var cycles = await services.GetRequiredService<ICycleLog>().ListAsync("replay", DateTimeOffset.MinValue, DateTimeOffset.MaxValue, Ct);

        // The cycle did each kind of thing, so each assertion below has rows to hold for.
        Assert.Contains(audit, e => e.Kind == AuditKind.Outcome && e.Outcome == OutcomeStatus.Succeeded);
        Assert.NotEmpty(approvals);
        Assert.NotEmpty(graces);
        Assert.NotEmpty(alerts);
        Assert.All(audit, e => Assert.Equal(At, e.At));
        Assert.All(approvals, r => Assert.Equal((At, At.AddHours(4)), (r.RequestedAt, r.ExpiresAt)));
        Assert.All(graces, g => Assert.Equal((At, At.AddHours(3)), (g.CreatedAt, g.DueAt)));
        Assert.All(alerts, a => Assert.Equal(At, a.OpenedAt));
        Assert.Equal(At, Assert.Single(cycles).At);

        // A manager's answer an hour later, replayed the same way, is stamped with its own instant, executions included.
        var answeredAt = At.AddHours(1);
        var (approved, said) = await CliRunner.RunAsync("approvals", "approve", approvals[0].Id.ToString(), "--user", "anna", "--config", Config, "--at", answeredAt.ToString("O"));
        Assert.True(approved == 0, said);
        var later = await services.GetRequiredService<IAuditLog>().ListAsync("replay", At.AddTicks(1), DateTimeOffset.MaxValue, Ct);
        Assert.Contains(later, e => e.Kind == AuditKind.Approved);
        Assert.All(later, e => Assert.Equal(answeredAt, e.At));
        var decided = await services.GetRequiredService<IApprovalStore>().FindAsync(approvals[0].Id, Ct);
        Assert.Equal(answeredAt, decided!.DecidedAt);
    }

    [Fact]
    public async Task ApprovalsList_ReplayedAfterTheTimeout_ExpiresTheRequestsAtThatInstant()
    {
        await CliRunner.RunAsync("cycle", "--config", Config, "--policy", "rules", "--at", At.ToString("O"));

        var before = await CliRunner.RunAsync("approvals", "list", "--config", Config, "--at", At.AddHours(3).ToString("O"));
        var after = await CliRunner.RunAsync("approvals", "list", "--config", Config, "--at", At.AddHours(4).ToString("O"));

        var pending = int.Parse(Regex.Match(before.Output, @"(\d+) pending approval").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(pending > 0, before.Output);
        Assert.Equal(pending, Regex.Matches(before.Output, @"\b01:00\b").Count);
        Assert.Contains("0 pending approval(s)", after.Output, StringComparison.Ordinal);
        await using var services = Services();
        var expired = (await services.GetRequiredService<IAuditLog>().ListAsync("replay", DateTimeOffset.MinValue, DateTimeOffset.MaxValue, Ct)).Where(e => e.Kind == AuditKind.Expired).ToList();
        Assert.Equal(pending, expired.Count);
        Assert.All(expired, e => Assert.Equal(At.AddHours(4), e.At));
    }

    private ServiceProvider Services() => new ServiceCollection()
        .AddBudgetPilotStorage(new StorageOptions { Provider = StorageProvider.Sqlite, ConnectionString = $"Data Source={Path.Combine(folder, "bp.db")}" })
        .BuildServiceProvider();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
