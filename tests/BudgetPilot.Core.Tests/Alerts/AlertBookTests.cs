using BudgetPilot.Core.Alerts;
using BudgetPilot.Core.Campaigns;

namespace BudgetPilot.Core.Tests.Alerts;

public sealed class AlertBookTests
{
    private static readonly DateTimeOffset T0 = new(2025, 6, 18, 9, 0, 0, TimeSpan.Zero);
    private static readonly CampaignId Meta = new(Platform.MetaAds, "winter-promo");
    private static readonly HashSet<AlertKind> Metrics = [AlertKind.RoasDrop, AlertKind.CpaIncrease, AlertKind.ZeroConversions, AlertKind.CtrDrop, AlertKind.CpcSpike];

    private static Detection RoasDrop(decimal observed) =>
        new(Meta, AlertKind.RoasDrop, AlertSeverity.High, $"ROAS dropped to {observed}", observed, 0.20m);

    private static AlertBook.Changes Reconcile(IReadOnlyList<Alert> open, IReadOnlyList<Detection> detected, DateTimeOffset now) =>
        AlertBook.Reconcile("ws", open, detected, Metrics, now, () => new Guid(1, 2, 3, [4, 5, 6, 7, 8, 9, 10, 11]));

    [Fact]
    public void Reconcile_NewCondition_OpensOneAlert()
    {
        var changes = Reconcile([], [RoasDrop(2.3m), RoasDrop(2.3m)], T0);

        var alert = Assert.Single(changes.Opened);
        Assert.Empty(changes.Updated);
        Assert.Empty(changes.Resolved);
        Assert.Equal((Meta, AlertKind.RoasDrop, T0, T0), (alert.Campaign!.Value, alert.Kind, alert.OpenedAt, alert.LastSeenAt));
        Assert.Equal((2.3m, 0.20m), (alert.Observed, alert.Threshold));
        Assert.True(alert.IsOpen);
    }

    [Fact]
    public void Reconcile_ConditionStillHolds_UpdatesTheOpenAlertInsteadOfOpeningAnother()
    {
        var first = Assert.Single(Reconcile([], [RoasDrop(2.3m)], T0).Opened);

        var later = T0.AddMinutes(15);
        var changes = Reconcile([first], [RoasDrop(2.1m) with { Severity = AlertSeverity.Critical }], later);

        Assert.Empty(changes.Opened);
        Assert.Empty(changes.Resolved);
        var updated = Assert.Single(changes.Updated);
        Assert.Equal(first.Id, updated.Id);
        Assert.Equal((T0, later, 2.1m, AlertSeverity.Critical), (updated.OpenedAt, updated.LastSeenAt, updated.Observed, updated.Severity));
        Assert.Equal("ROAS dropped to 2.1", updated.Message);
    }

    [Fact]
    public void Reconcile_ConditionCleared_ResolvesTheAlert()
    {
        var first = Assert.Single(Reconcile([], [RoasDrop(2.3m)], T0).Opened);

        var later = T0.AddHours(1);
        var changes = Reconcile([first], [], later);

        var resolved = Assert.Single(changes.Resolved);
        Assert.Equal(first.Id, resolved.Id);
        Assert.Equal(later, resolved.ResolvedAt);
        Assert.False(resolved.IsOpen);
        Assert.Equal([resolved], changes.All);
    }

    [Fact]
    public void Reconcile_OpenAlertOfAKindOutsideScope_IsLeftAlone()
    {
        var cycleFailed = new Alert(Guid.Empty, "ws", null, AlertKind.CycleFailed, AlertSeverity.High, "cycle failed", T0, T0);

        var changes = Reconcile([cycleFailed], [], T0.AddHours(1));

        Assert.Empty(changes.All);
    }

    [Fact]
    public void Reconcile_SameKindOnAnotherCampaign_OpensItsOwnAlert()
    {
        var first = Assert.Single(Reconcile([], [RoasDrop(2.3m)], T0).Opened);
        var google = RoasDrop(1.9m) with { Campaign = new CampaignId(Platform.GoogleAds, "winter-promo") };

        var changes = Reconcile([first], [RoasDrop(2.3m), google], T0.AddMinutes(15));

        Assert.Equal(google.Campaign, Assert.Single(changes.Opened).Campaign);
        Assert.Single(changes.Updated);
    }
}
