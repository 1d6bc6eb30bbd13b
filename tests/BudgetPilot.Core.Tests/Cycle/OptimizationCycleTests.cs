using BudgetPilot.Core.Alerts;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Settings;
using BudgetPilot.Core.Tests.Support;

namespace BudgetPilot.Core.Tests.Cycle;

public sealed class OptimizationCycleTests
{
    [Fact]
    public async Task Run_FullAutonomy_PausesALoserAfterItsGracePeriodAndAsksApprovalForABigIncrease()
    {
        var desk = new Desk();
        var loser = desk.Add(desk.Meta, "1", "Meta – Winter Promo", 1000m, roas: 1.2m);
        var winner = desk.Add(desk.TikTok, "2", "TikTok – Viral Series", 2000m, roas: 6m);

        var first = await desk.RunAsync();

        Assert.Empty(first.Errors);
        Assert.Equal(1, first.Counts.GraceScheduled);
        Assert.Equal(CampaignStatus.Active, desk.Meta[loser].Status);
        var request = Assert.Single(await desk.Store.ListPendingAsync("ws", CancellationToken.None));
        Assert.Equal(winner, request.Primary.Campaign);
        Assert.Contains("above the 20% a human must approve", request.WhyApprovalNeeded, StringComparison.Ordinal);

        await desk.RunForAsync(TimeSpan.FromHours(3));

        Assert.Equal(CampaignStatus.Paused, desk.Meta[loser].Status);
        var pauses = desk.Store.AuditEntries.Where(e => e.Campaign == loser && e.Action == ActionType.Pause).Select(e => e.Kind).ToList();
        Assert.Equal([AuditKind.GraceScheduled, AuditKind.Intent, AuditKind.Outcome], pauses);
        Assert.Single(desk.Meta.Writes);
    }

    [Fact]
    public async Task Run_SemiAutonomousWithNobodyAnswering_ExecutesNothingAndEveryRequestExpiresAfterFourHours()
    {
        var desk = new Desk(new WorkspaceSettings { Autonomy = AutonomyLevel.SemiAutonomous });
        desk.Add(desk.Meta, "1", "Meta – Winter Promo", 1000m, roas: 1.2m);
        desk.Add(desk.TikTok, "2", "TikTok – Viral Series", 2000m, roas: 6m);

        await desk.RunAsync();
        var requested = desk.Store.AuditEntries.Count(e => e.Kind == AuditKind.ApprovalRequested);
        await desk.RunForAsync(TimeSpan.FromHours(4));

        Assert.True(requested >= 2);
        Assert.Empty(desk.Meta.Writes);
        Assert.Empty(desk.TikTok.Writes);
        var first = desk.Store.AuditEntries.Where(e => e.Kind == AuditKind.ApprovalRequested).Take(requested).Select(e => e.Detail).ToHashSet();
        var expired = desk.Store.AuditEntries.Where(e => e.Kind == AuditKind.Expired).Select(e => e.Detail).ToHashSet();
        Assert.Subset(expired, first);
        Assert.DoesNotContain(desk.Store.AuditEntries, e => e.Kind is AuditKind.Intent or AuditKind.Approved);
    }

    [Fact]
    public async Task Run_Advisory_ExecutesNothingAndDoesNotRepeatTheSameAdviceEveryCycle()
    {
        var desk = new Desk(new WorkspaceSettings { Autonomy = AutonomyLevel.Advisory });
        desk.Add(desk.Meta, "1", "Meta – Winter Promo", 1000m, roas: 1.2m);

        await desk.RunForAsync(TimeSpan.FromHours(2));

        Assert.Empty(desk.Meta.Writes);
        Assert.Single(desk.Store.AuditEntries, e => e.Kind == AuditKind.Advised);
        Assert.DoesNotContain(desk.Store.AuditEntries, e => e.Kind is AuditKind.Intent or AuditKind.GraceScheduled or AuditKind.ApprovalRequested);
    }

    [Fact]
    public async Task Run_PlatformDown_CycleCompletesRaisesOneAlertAndResolvesItWhenBack()
    {
        var desk = new Desk();
        desk.Add(desk.Meta, "1", "Meta – Brand", 1000m, roas: 3.5m);
        var tiktok = desk.Add(desk.TikTok, "2", "TikTok – Viral Series", 1000m, roas: 3.5m);
        desk.Meta.Unreachable = true;

        var records = await desk.RunForAsync(TimeSpan.FromHours(1));

        Assert.All(records, r => Assert.True(r.Counts.SamplesCollected > 0));
        var open = await desk.Store.ListOpenAsync("ws", CancellationToken.None);
        var down = Assert.Single(open, a => a.Kind == AlertKind.PlatformUnreachable);
        Assert.Contains("503", down.Message, StringComparison.Ordinal);
        Assert.Contains(await desk.Store.GetAsync("ws", Desk.Start.AddDays(-1), desk.Time.GetUtcNow(), CancellationToken.None), s => s.CampaignId == tiktok);

        desk.Meta.Unreachable = false;
        await desk.RunForAsync(TimeSpan.FromMinutes(15));

        Assert.DoesNotContain(await desk.Store.ListOpenAsync("ws", CancellationToken.None), a => a.Kind == AlertKind.PlatformUnreachable);
    }

    [Fact]
    public async Task Run_ConditionHoldsForHours_KeepsOneAlertOpenNotOnePerCycle()
    {
        var desk = new Desk();
        desk.Add(desk.Meta, "1", "Meta – Summer", 1000m, roas: 0m, roasOnDay: d => d < 9 ? 4m : 2m);

        await desk.RunForAsync(TimeSpan.FromHours(2));

        var alerts = await ((IAlertStore)desk.Store).ListAsync("ws", Desk.Start.AddDays(-1), desk.Time.GetUtcNow().AddHours(1), CancellationToken.None);
        Assert.Single(alerts, a => a.Kind == AlertKind.RoasDrop);
    }
}
