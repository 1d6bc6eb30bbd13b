using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Approvals;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Guardrails;
using BudgetPilot.Core.Settings;
using BudgetPilot.Core.Tests.Support;

namespace BudgetPilot.Core.Tests.Approvals;

public sealed class DeskTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Approve_PendingIncrease_MeetsTheGateAgainAndExecutes()
    {
        var desk = new Desk();
        var winner = desk.Add(desk.TikTok, "2", "TikTok – Viral Series", 2000m, roas: 6m);
        await desk.RunAsync();
        var request = Assert.Single(await desk.Store.ListPendingAsync("ws", None));

        var result = await ApprovalDesk.ApproveAsync(desk.Context, request.Id, "anna", "go", None);

        Assert.True(result.Ok, result.Message);
        Assert.Equal(request.Primary.NewBudget, desk.TikTok[winner].DailyBudget);
        Assert.Equal(ApprovalStatus.Approved, (await ((IApprovalStore)desk.Store).FindAsync(request.Id, None))!.Status);
        Assert.Contains(desk.Store.AuditEntries, e => e.Kind == AuditKind.Approved && e.Actor == "user:anna");
        Assert.False((await ApprovalDesk.ApproveAsync(desk.Context, request.Id, "anna", null, None)).Ok);
    }

    [Fact]
    public async Task Approve_WhenTheDailyLimitIsUsedUp_IsRecordedButNotExecuted()
    {
        var desk = new Desk(new WorkspaceSettings { Guardrails = new GuardrailSettings { MaxDailyAdjustments = 0 } });
        var winner = desk.Add(desk.TikTok, "2", "TikTok – Viral Series", 2000m, roas: 6m);
        await desk.RunAsync();

        // With no adjustments allowed the engine proposes nothing; queue one by hand as a manager would.
        Assert.Empty(await desk.Store.ListPendingAsync("ws", None));
        var verdicts = GuardrailGate.Evaluate(desk.Settings with { Guardrails = new GuardrailSettings() }, (await desk.Context.SnapshotAsync(None)).Gate,
            [Increase(winner, 2000m, 2600m)]);
        await new Dispatcher(desk.Context).DispatchAsync(verdicts, "user:anna", allowGrace: false, None);
        var request = Assert.Single(await desk.Store.ListPendingAsync("ws", None));

        var result = await ApprovalDesk.ApproveAsync(desk.Context, request.Id, "anna", null, None);

        Assert.Contains("not executed", result.Message, StringComparison.Ordinal);
        Assert.Contains("Daily limit of 0 adjustments", result.Message, StringComparison.Ordinal);
        Assert.Equal(2000m, desk.TikTok[winner].DailyBudget);
    }

    [Fact]
    public async Task Reject_Pending_ChangesNothing()
    {
        var desk = new Desk();
        var winner = desk.Add(desk.TikTok, "2", "TikTok – Viral Series", 2000m, roas: 6m);
        await desk.RunAsync();
        var request = Assert.Single(await desk.Store.ListPendingAsync("ws", None));

        var result = await ApprovalDesk.RejectAsync(desk.Context, request.Id, "anna", "not this week", None);

        Assert.True(result.Ok);
        Assert.Empty(desk.TikTok.Writes);
        Assert.Equal(2000m, desk.TikTok[winner].DailyBudget);
        Assert.Equal("not this week", (await ((IApprovalStore)desk.Store).FindAsync(request.Id, None))!.Comment);
    }

    [Fact]
    public async Task Approve_AfterTheTimeout_IsRefusedAndTheRequestExpires()
    {
        var desk = new Desk();
        desk.Add(desk.TikTok, "2", "TikTok – Viral Series", 2000m, roas: 6m);
        await desk.RunAsync();
        var request = Assert.Single(await desk.Store.ListPendingAsync("ws", None));
        desk.Time.Advance(TimeSpan.FromHours(4));

        var result = await ApprovalDesk.ApproveAsync(desk.Context, request.Id, "anna", null, None);

        Assert.False(result.Ok);
        Assert.Contains("expired", result.Message, StringComparison.Ordinal);
        Assert.Equal(ApprovalStatus.Expired, (await ((IApprovalStore)desk.Store).FindAsync(request.Id, None))!.Status);
        Assert.Empty(desk.TikTok.Writes);
    }

    [Fact]
    public async Task Grace_Override_TheCampaignKeepsRunningPastTheDueTime()
    {
        var (desk, loser, pause) = await LoserWithGraceAsync();

        Assert.True((await GraceDesk.OverrideAsync(desk.Context, pause.Id, "anna", None)).Ok);
        await desk.RunForAsync(TimeSpan.FromHours(4));

        Assert.Equal(CampaignStatus.Active, desk.Meta[loser].Status);
        Assert.Contains(desk.Store.AuditEntries, e => e.Kind == AuditKind.GraceOverridden && e.Actor == "user:anna");
    }

    [Fact]
    public async Task Grace_Extend_PausesOnlyAfterTheNewDueTime()
    {
        var (desk, loser, pause) = await LoserWithGraceAsync();

        var result = await GraceDesk.ExtendAsync(desk.Context, pause.Id, "anna", TimeSpan.FromHours(2), None);
        await desk.RunForAsync(TimeSpan.FromHours(4));
        var stillActive = desk.Meta[loser].Status;
        await desk.RunForAsync(TimeSpan.FromHours(1));

        Assert.True(result.Ok, result.Message);
        Assert.Equal(CampaignStatus.Active, stillActive);
        Assert.Equal(CampaignStatus.Paused, desk.Meta[loser].Status);
    }

    [Fact]
    public async Task Grace_ApproveEarly_PausesNow()
    {
        var (desk, loser, pause) = await LoserWithGraceAsync();

        var result = await GraceDesk.ApproveEarlyAsync(desk.Context, pause.Id, "anna", None);

        Assert.True(result.Ok, result.Message);
        Assert.Equal(CampaignStatus.Paused, desk.Meta[loser].Status);
        Assert.Contains(desk.Store.AuditEntries, e => e.Kind == AuditKind.Outcome && e.Actor == "user:anna");
    }

    [Fact]
    public async Task Grace_CampaignRecovers_IsNotPaused()
    {
        var desk = new Desk();
        var loser = desk.Add(desk.Meta, "1", "Meta – Winter Promo", 1000m, roas: 0m, roasOnDay: d => d <= 15 ? 1.2m : 9m);
        await desk.RunAsync();
        var pause = Assert.Single(await desk.Store.ListWaitingAsync("ws", None));

        // Day 16 starts at the end of the grace: yesterday is then a strong day, breaking the 3-day streak.
        desk.Time.Advance(TimeSpan.FromDays(1));
        await desk.RunForAsync(TimeSpan.FromMinutes(15));

        Assert.Equal(CampaignStatus.Active, desk.Meta[loser].Status);
        Assert.Equal(GraceStatus.Recovered, (await ((IGracePeriodStore)desk.Store).FindAsync(pause.Id, None))!.Status);
    }

    [Fact]
    public async Task Grace_ManyPausesDueTogether_MeetTheDailyCapAsOneBatch()
    {
        // Five losers of 1,000 each in a 10,000 budget. The day's reallocation cap (30% = 3,000) lets three
        // pauses through at scheduling; two more, scheduled a cycle later before any executed, are refused
        // when all five fall due because the ledger by then counts the first three.
        var desk = new Desk();
        var losers = Enumerable.Range(1, 3).Select(i => desk.Add(desk.Meta, $"{i}", $"Meta – Loser {i}", 1000m, roas: 1.2m)).ToList();
        await desk.RunAsync();
        losers.AddRange(Enumerable.Range(4, 2).Select(i => desk.Add(desk.Meta, $"{i}", $"Meta – Loser {i}", 1000m, roas: 1.2m)));
        await desk.RunForAsync(TimeSpan.FromMinutes(15));
        Assert.Equal(5, (await desk.Store.ListWaitingAsync("ws", None)).Count);

        await desk.RunForAsync(TimeSpan.FromHours(3));

        Assert.Equal(3, losers.Count(id => desk.Meta[id].Status == CampaignStatus.Paused));
        var moved = desk.Store.AuditEntries.Where(e => e.Kind == AuditKind.Intent).Sum(e => e.Moved);
        Assert.Equal(3000m, moved);
    }

    private static async Task<(Desk Desk, CampaignId Loser, GracePause Pause)> LoserWithGraceAsync()
    {
        var desk = new Desk();
        var loser = desk.Add(desk.Meta, "1", "Meta – Winter Promo", 1000m, roas: 1.2m);
        await desk.RunAsync();
        return (desk, loser, Assert.Single(await desk.Store.ListWaitingAsync("ws", None)));
    }

    private static ProposedAction Increase(CampaignId id, decimal from, decimal to) => new(
        "manual-1", id, "TikTok – Viral Series", ActionType.IncreaseBudget,
        new CurrentState(from, from * 7, from * 42, 6m, TrendDirection.Stable), to, "more", "ROAS 6", 0.95, RiskLevel.Low,
        new EstimatedImpact(0m, 100m, 50m), Urgency.Opportunity, "user:anna");
}
