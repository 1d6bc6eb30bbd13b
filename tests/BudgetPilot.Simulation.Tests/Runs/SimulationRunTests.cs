using System.Text.Json;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Execution;
using BudgetPilot.Simulation.Runs;

namespace BudgetPilot.Simulation.Tests.Runs;

/// <summary>The checks of the Core issue, on the real cycle over the simulated market, judged from the audit log.</summary>
public sealed class SimulationRunTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Run_FullAutonomy_ExecutesSeveralSeedActionTypesAndAsksApprovalForTheRest()
    {
        var run = await SimulationRun.RunAsync(new SimulationOptions { Days = 30, Seed = 7 }, null, None);

        Assert.True(run.Summary.ExecutedByType.Count >= 2, string.Join(", ", run.Summary.ExecutedByType.Keys));
        Assert.Contains("Pause", run.Summary.ExecutedByType.Keys);
        Assert.Contains("IncreaseBudget", run.Summary.ExecutedByType.Keys);
        Assert.True(run.Summary.ApprovalsRequested > 0);
        Assert.All(run.Audit.Where(e => e.Kind == AuditKind.ApprovalRequested), e => Assert.Contains("approv", e.Reason, StringComparison.OrdinalIgnoreCase));
        Assert.Empty(run.Summary.InvariantViolations);
        Assert.Empty(run.Summary.PlatformConstraintViolations);
    }

    [Fact]
    public async Task Run_SemiAutonomousWithNobodyApproving_ExecutesNothingAndEveryRequestExpiresAfterFourHours()
    {
        var run = await SimulationRun.RunAsync(new SimulationOptions { Days = 10, Seed = 7, Autonomy = AutonomyLevel.SemiAutonomous }, null, None);

        Assert.Empty(run.Summary.ExecutedByType);
        Assert.DoesNotContain(run.Audit, e => e.Kind is AuditKind.Intent or AuditKind.Outcome);
        var requested = run.Audit.Where(e => e.Kind == AuditKind.ApprovalRequested).ToDictionary(e => e.Detail!, e => e.At);
        var expired = run.Audit.Where(e => e.Kind == AuditKind.Expired).ToList();
        Assert.NotEmpty(requested);
        var end = run.Market.Now;
        Assert.All(requested.Where(r => end - r.Value >= TimeSpan.FromHours(4.25)), r => Assert.Contains(expired, e => e.Detail == r.Key));
        Assert.All(expired, e => Assert.InRange(e.At - requested[e.Detail!], TimeSpan.FromHours(4), TimeSpan.FromHours(4.25)));
    }

    [Fact]
    public async Task Run_Advisory_ExecutesNothingAndRecordsAdvice()
    {
        var run = await SimulationRun.RunAsync(new SimulationOptions { Days = 10, Seed = 7, Autonomy = AutonomyLevel.Advisory }, null, None);

        Assert.Empty(run.Summary.ExecutedByType);
        Assert.Equal(0, run.Summary.ApprovalsRequested);
        Assert.True(run.Summary.Advised > 0);
        Assert.DoesNotContain(run.Market.Changes, c => c.Source == ChangeSource.Policy);
    }

    [Fact]
    public async Task Run_SameSeedTwice_IsTheSameRunBitForBit()
    {
        var first = await SimulationRun.RunAsync(new SimulationOptions { Days = 5, Seed = 11 }, null, None);
        var second = await SimulationRun.RunAsync(new SimulationOptions { Days = 5, Seed = 11 }, null, None);

        Assert.Equal(Comparable(first), Comparable(second));
        Assert.Equal(first.Audit.Select(e => (e.At, e.Kind, e.Campaign, e.After)), second.Audit.Select(e => (e.At, e.Kind, e.Campaign, e.After)));
    }

    [Fact]
    public async Task Run_NinetyDaysOfAHundredCampaigns_BreaksNoInvariantJudgedFromTheAuditLog()
    {
        var run = await SimulationRun.RunAsync(new SimulationOptions { Days = 90, Seed = 3, Campaigns = 100, ApproveEverything = true }, null, None);

        Assert.True(run.Audit.Count(e => e.Kind == AuditKind.Outcome) > 50);
        Assert.Empty(run.Summary.InvariantViolations);
        Assert.Empty(run.Summary.PlatformConstraintViolations);
    }

    private static string Comparable(SimulationOutcome run) =>
        JsonSerializer.Serialize(run.Summary with { Seconds = 0 });
}
