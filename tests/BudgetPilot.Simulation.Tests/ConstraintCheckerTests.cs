using BudgetPilot.Core.Campaigns;
using BudgetPilot.Simulation.Constraints;

namespace BudgetPilot.Simulation.Tests;

public sealed class ConstraintCheckerTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 6, 0, 0, 0, TimeSpan.Zero);
    private static readonly CampaignId A = new(Platform.GoogleAds, "a");
    private static readonly CampaignId B = new(Platform.MetaAds, "b");
    private static readonly ConstraintLimits Limits = new(1000m);

    [Fact]
    public void Check_RulesKept_NoViolations()
    {
        var log = Initial().Append(Policy(A, 400m, 360m)).Append(Policy(B, 400m, 440m)).ToList();

        Assert.Empty(ConstraintChecker.Check(log, Limits));
    }

    [Fact]
    public void Check_TotalAboveBudget_Flagged() =>
        AssertOnly(ViolationKind.TotalBudgetExceeded, Initial(a: 500m).Append(Policy(B, 400m, 590m)));

    [Fact]
    public void Check_IncreaseAboveHalfOfStartOfDay_FlaggedEvenInSteps()
    {
        var log = Initial(b: 100m).Append(Policy(B, 100m, 140m)).Append(Policy(B, 140m, 160m, minutes: 30));

        AssertOnly(ViolationKind.IncreaseTooLarge, log);
    }

    [Fact]
    public void Check_MoreThan30PercentMovedInADay_Flagged()
    {
        var log = Initial(a: 600m, b: 400m)
            .Append(Policy(A, 600m, 400m))
            .Append(Policy(B, 400m, 590m, minutes: 1))
            .Append(Policy(A, 400m, 290m, minutes: 2))
            .Append(Policy(B, 590m, 599m, minutes: 3));

        AssertOnly(ViolationKind.ReallocationCapExceeded, log);
    }

    [Fact]
    public void Check_MovesOnDifferentDays_CountedSeparately()
    {
        var log = Initial(a: 600m, b: 300m)
            .Append(Policy(A, 600m, 400m))
            .Append(Policy(A, 400m, 200m, minutes: 60 * 24));

        Assert.Empty(ConstraintChecker.Check(log.ToList(), Limits));
    }

    [Fact]
    public void Check_PauseBefore72Hours_Flagged()
    {
        var log = Initial(a: 100m, startedAt: Start.AddHours(-10)).Append(Policy(A, 100m, 100m, status: CampaignStatus.Paused, startedAt: Start.AddHours(-10)));

        AssertOnly(ViolationKind.PausedTooEarly, log);
    }

    [Fact]
    public void Check_CutOfWinner_Flagged() =>
        AssertOnly(ViolationKind.WinnerCut, Initial().Append(Policy(A, 400m, 380m, roas: 5.5)));

    private static void AssertOnly(ViolationKind kind, IEnumerable<BudgetChange> log) =>
        Assert.Equal([kind], ConstraintChecker.Check(log.ToList(), Limits).Select(v => v.Kind));

    private static IEnumerable<BudgetChange> Initial(decimal a = 400m, decimal b = 400m, DateTimeOffset? startedAt = null)
    {
        yield return new BudgetChange(Start.AddDays(-30), A, ChangeSource.Initial, startedAt ?? Start.AddDays(-60), CampaignStatus.Paused, 0m, CampaignStatus.Active, a, 0);
        yield return new BudgetChange(Start.AddDays(-30), B, ChangeSource.Initial, Start.AddDays(-60), CampaignStatus.Paused, 0m, CampaignStatus.Active, b, 0);
    }

    private static BudgetChange Policy(CampaignId id, decimal from, decimal to, int minutes = 0, CampaignStatus status = CampaignStatus.Active, double roas = 2, DateTimeOffset? startedAt = null) =>
        new(Start.AddMinutes(minutes), id, ChangeSource.Policy, startedAt ?? Start.AddDays(-60), CampaignStatus.Active, from, status, to, roas);
}
