using BudgetPilot.Core.Alerts;
using BudgetPilot.Core.Notifications;
using BudgetPilot.Reports.Notifications;
using BudgetPilot.Reports.Tests.Fakes;
using FsCheck;
using FsCheck.Fluent;

namespace BudgetPilot.Reports.Tests;

public sealed class NotificationPlannerTests
{
    private static readonly ChannelPolicy Email = new("email");

    [Fact]
    public void Plan_EventAlreadyOnChannel_NotPlannedAgain()
    {
        var e = Sample.Event(NotificationKind.ApprovalRequested, AlertSeverity.High, "approval|1");
        var first = NotificationPlanner.Plan([e], [Email], [], Sample.Now);

        var second = NotificationPlanner.Plan([e], [Email], first, Sample.Now.AddMinutes(1));

        Assert.Single(first);
        Assert.Empty(second);
    }

    [Fact]
    public void Plan_SecondAlertOfSameKindSameDay_GoesToDigest()
    {
        var a = Sample.Event(NotificationKind.AlertRaised, AlertSeverity.High, "alert|1", "alert-kind|RoasDrop");
        var b = Sample.Event(NotificationKind.AlertRaised, AlertSeverity.High, "alert|2", "alert-kind|RoasDrop");
        var c = Sample.Event(NotificationKind.AlertRaised, AlertSeverity.High, "alert|3", "alert-kind|CpcSpike");

        var planned = NotificationPlanner.Plan([a, b, c], [Email], [], Sample.Now);
        var nextDay = NotificationPlanner.Plan([Sample.Event(NotificationKind.AlertRaised, AlertSeverity.High, "alert|4", "alert-kind|RoasDrop")], [Email], planned, Sample.Now.AddDays(1.01));

        Assert.Equal([OutboxStatus.Pending, OutboxStatus.Held, OutboxStatus.Pending], planned.Select(m => m.Status).ToArray());
        Assert.Equal(OutboxStatus.Pending, Assert.Single(nextDay).Status);
    }

    [Fact]
    public void Plan_FiltersByKindAndSeverity_HoldsLowSeverity()
    {
        var slack = new ChannelPolicy("slack") { Kinds = new HashSet<NotificationKind> { NotificationKind.ApprovalRequested, NotificationKind.ActionExecuted }, MinSeverity = AlertSeverity.Medium };
        var low = Sample.Event(NotificationKind.ActionExecuted, AlertSeverity.Low, "action|1");
        var alert = Sample.Event(NotificationKind.AlertRaised, AlertSeverity.Critical, "alert|1");
        var approval = Sample.Event(NotificationKind.ApprovalRequested, AlertSeverity.High, "approval|1");

        var planned = NotificationPlanner.Plan([low, alert, approval], [Email, slack], [], Sample.Now);

        Assert.Equal(
            ["email action|1 Held", "email alert|1 Pending", "email approval|1 Pending", "slack approval|1 Pending"],
            planned.Select(m => $"{m.Channel} {m.DedupeKey} {m.Status}").Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Plan_InQuietHours_DelayedToTheirEnd_CriticalGoesNow()
    {
        var quiet = Email with { QuietHours = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0), TimeZoneInfo.Utc) };
        var night = new DateTimeOffset(2026, 3, 2, 23, 30, 0, TimeSpan.Zero);
        var high = Sample.Event(NotificationKind.ApprovalRequested, AlertSeverity.High, "approval|1", at: night);
        var critical = Sample.Event(NotificationKind.AlertRaised, AlertSeverity.Critical, "alert|1", at: night);

        var planned = NotificationPlanner.Plan([high, critical], [quiet], [], night);

        Assert.Equal(new DateTimeOffset(2026, 3, 3, 7, 0, 0, TimeSpan.Zero), planned.Single(m => m.DedupeKey == "approval|1").DueAt);
        Assert.Equal(night, planned.Single(m => m.DedupeKey == "alert|1").DueAt);
    }

    [Fact]
    public void Digest_AtMostOnePerInterval_FoldsEveryHeldMessage()
    {
        var held = NotificationPlanner.Plan(
            [.. Enumerable.Range(0, 5).Select(i => Sample.Event(NotificationKind.ActionExecuted, AlertSeverity.Low, $"action|{i}"))], [Email], [], Sample.Now);

        var (first, folded) = NotificationPlanner.Digest(Email, held, null, Sample.Now);
        var (tooSoon, _) = NotificationPlanner.Digest(Email, held, Sample.Now, Sample.Now.AddMinutes(59));

        Assert.NotNull(first);
        Assert.Equal(5, first.Items.Count);
        Assert.All(folded, m => Assert.Equal(OutboxStatus.Digested, m.Status));
        Assert.Null(tooSoon);
    }

    [Fact]
    public void Plan_ReplanningWithItsOwnOutput_NeverRepeatsAnEvent()
    {
        var kinds = Enum.GetValues<NotificationKind>();
        var events = Gen.Choose(0, 40).Select(n => Enumerable.Range(0, n)
            .Select(i => Sample.Event(kinds[i % kinds.Length], (AlertSeverity)(i % 4), $"k|{i % 17}", i % 3 == 0 ? $"r|{i % 5}" : null)).ToList());

        Prop.ForAll(events.ToArbitrary(), list =>
        {
            var first = NotificationPlanner.Plan(list, [Email, new ChannelPolicy("slack")], [], Sample.Now);
            var again = NotificationPlanner.Plan(list, [Email, new ChannelPolicy("slack")], first, Sample.Now.AddMinutes(5));
            return again.Count == 0 && first.Select(m => (m.Channel, m.DedupeKey)).Distinct().Count() == first.Count;
        }).QuickCheckThrowOnFailure();
    }
}
