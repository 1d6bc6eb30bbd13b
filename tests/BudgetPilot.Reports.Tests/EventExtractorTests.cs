using BudgetPilot.Core.Alerts;
using BudgetPilot.Core.Approvals;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Notifications;
using BudgetPilot.Reports.Notifications;
using BudgetPilot.Reports.Tests.Fakes;

namespace BudgetPilot.Reports.Tests;

public sealed class EventExtractorTests
{
    private static readonly DateTimeOffset From = Sample.Now.AddMinutes(-15);

    [Fact]
    public void Extract_WindowWithEveryKindOfEvent_OneNotificationEach()
    {
        var raised = Sample.Alert(AlertKind.RoasDrop, AlertSeverity.High, From.AddMinutes(5));
        var resolved = Sample.Alert(AlertKind.CpcSpike, AlertSeverity.Medium, From.AddDays(-1)) with { ResolvedAt = From.AddMinutes(6) };
        var stillOpen = Sample.Alert(AlertKind.CtrDrop, AlertSeverity.Medium, From.AddDays(-2));
        var newRequest = Sample.Approval(From.AddMinutes(1), TimeSpan.FromHours(4));
        var expiring = Sample.Approval(From.AddHours(-3.5), TimeSpan.FromHours(4));
        var executed = new AuditEntry("ws", From.AddMinutes(2), AuditKind.Outcome, "rules", "ROAS above target")
        {
            IdempotencyKey = "k1",
            Campaign = Sample.Campaign,
            CampaignName = "Spring sale",
            Action = ActionType.IncreaseBudget,
            Outcome = OutcomeStatus.Succeeded,
            Before = new(Core.Campaigns.CampaignStatus.Active, 100m),
            After = new(Core.Campaigns.CampaignStatus.Active, 120m),
        };
        var failedCycle = new CycleRecord(Guid.NewGuid(), "ws", From.AddMinutes(3), TimeSpan.FromSeconds(1), false, null, new CycleCounts(), ["meta_ads: timeout"]);

        var events = EventExtractor.Extract(new CycleEvents("ws", From, Sample.Now, [failedCycle], [executed], [raised, resolved, stillOpen], [newRequest, expiring]), Sample.Links);

        Assert.Equal(
            [NotificationKind.ApprovalExpiring, NotificationKind.ApprovalRequested, NotificationKind.ActionExecuted, NotificationKind.CycleFailed, NotificationKind.AlertRaised, NotificationKind.AlertResolved],
            events.Select(e => e.Kind).ToArray());
        Assert.DoesNotContain(events, e => e.DedupeKey.Contains(stillOpen.Id.ToString(), StringComparison.Ordinal));
        var done = Assert.Single(events, e => e.Kind == NotificationKind.ActionExecuted);
        Assert.Contains("100 → 120", done.Title, StringComparison.Ordinal);
        var approval = Assert.Single(events, e => e.Kind == NotificationKind.ApprovalRequested);
        Assert.Equal(["Approve", "Reject"], approval.Links.Select(l => l.Label).ToArray());
        Assert.Contains($"approvals/{newRequest.Id}?do=approve", approval.Links[0].Url.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_GraceScheduledInWindow_AnnouncedWithLinksTheDashboardCanConfirm()
    {
        var action = Sample.Approval(From, TimeSpan.FromHours(4)).Primary;
        var fresh = new GracePause(Guid.NewGuid(), "ws", action, From.AddMinutes(2), From.AddHours(2), GraceStatus.Waiting);
        var older = fresh with { Id = Guid.NewGuid(), CreatedAt = From.AddHours(-3) };

        var events = EventExtractor.Extract(new CycleEvents("ws", From, Sample.Now, [], [], [], []) { Graces = [fresh, older] }, Sample.Links);

        var scheduled = Assert.Single(events);
        Assert.Equal($"grace|{fresh.Id}", scheduled.DedupeKey);
        Assert.Equal(AlertSeverity.Critical, scheduled.Severity);
        Assert.Equal(["Extend", "Override", "Approve early pause"], scheduled.Links.Select(l => l.Label).ToArray());
        Assert.Equal($"https://budgetpilot.example.test/#/graces/{fresh.Id}?do=extend", scheduled.Links[0].Url.ToString());
    }

    [Fact]
    public void Links_VerbTheDashboardCannotConfirm_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Sample.Links.Approval(Guid.NewGuid(), "extend"));
        Assert.Contains("approve, reject", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Sample.Links.Grace(Guid.NewGuid(), "approve"));
    }

    [Fact]
    public void Extract_SameWindowTwice_SameDedupeKeys()
    {
        var alert = Sample.Alert(AlertKind.ZeroConversions, AlertSeverity.High, From.AddMinutes(1));
        var events = new CycleEvents("ws", From, Sample.Now, [], [], [alert], [Sample.Approval(From, TimeSpan.FromHours(4))]);

        var first = EventExtractor.Extract(events, Sample.Links).Select(e => e.DedupeKey);
        var second = EventExtractor.Extract(events, Sample.Links).Select(e => e.DedupeKey);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Extract_CycleFailureAlreadyAlerted_NoSecondCycleFailedEvent()
    {
        var alert = Sample.Alert(AlertKind.CycleFailed, AlertSeverity.High, From.AddMinutes(3)) with { Campaign = null };
        var failed = new CycleRecord(Guid.NewGuid(), "ws", From.AddMinutes(3), TimeSpan.Zero, false, null, new CycleCounts(), ["boom"]);

        var events = EventExtractor.Extract(new CycleEvents("ws", From, Sample.Now, [failed], [], [alert], []), Sample.Links);

        var only = Assert.Single(events);
        Assert.Equal(NotificationKind.CycleFailed, only.Kind);
        Assert.Equal($"alert|{alert.Id}", only.DedupeKey);
    }
}
