using BudgetPilot.Core.Alerts;
using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Settings;
using BudgetPilot.Core.Tests.Support;

namespace BudgetPilot.Core.Tests.Alerts;

/// <summary>
/// At the builder's default "now" (local midnight) the last 3 days are compared with days 8–14 before
/// today; days 4–7 sit in neither window and keep the baseline's numbers.
/// </summary>
public sealed class DetectorsTests
{
    private static readonly AlertThresholds Seed = new();

    private static IReadOnlyList<Detection> Detect(CampaignAnalysis a) => Detectors.Detect(a, Seed);

    private static CampaignAnalysis Last3Days(Day baseline, Day recent) => CampaignHistory.Of(11, baseline).Then(3, recent).Analyze();

    [Fact]
    public void Detect_RoasDown21Percent_FiresHighWithBothNumbers()
    {
        var d = Assert.Single(Detect(Last3Days(new Day(Roas: 3m), new Day(Roas: 2.37m))));

        Assert.Equal(AlertKind.RoasDrop, d.Kind);
        Assert.Equal(AlertSeverity.High, d.Severity);
        Assert.Contains("2.37", d.Message, StringComparison.Ordinal);
        Assert.Contains("3.00", d.Message, StringComparison.Ordinal);
        Assert.Contains("-21%", d.Message, StringComparison.Ordinal);
        Assert.Equal(2.37m, d.Observed);
    }

    [Fact]
    public void Detect_RoasDown19Percent_DoesNotFire()
    {
        Assert.Empty(Detect(Last3Days(new Day(Roas: 3m), new Day(Roas: 2.43m))));
    }

    [Fact]
    public void Detect_RoasDownTwiceTheThreshold_IsCritical()
    {
        var d = Assert.Single(Detect(Last3Days(new Day(Roas: 3m), new Day(Roas: 1.8m))));

        Assert.Equal(AlertSeverity.Critical, d.Severity);
    }

    [Fact]
    public void Detect_CpaUp26Percent_FiresHighWithBothNumbers()
    {
        var d = Assert.Single(Detect(Last3Days(new Day(Cpa: 20m), new Day(Cpa: 25.2m))));

        Assert.Equal(AlertKind.CpaIncrease, d.Kind);
        Assert.Equal(AlertSeverity.High, d.Severity);
        Assert.Contains("25.20", d.Message, StringComparison.Ordinal);
        Assert.Contains("20.00", d.Message, StringComparison.Ordinal);
        Assert.Contains("+26%", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_CpaUp24Percent_DoesNotFire()
    {
        Assert.Empty(Detect(Last3Days(new Day(Cpa: 20m), new Day(Cpa: 24.8m))));
    }

    [Fact]
    public void Detect_CpaUpTwiceTheThreshold_IsCritical()
    {
        var d = Assert.Single(Detect(Last3Days(new Day(Cpa: 20m), new Day(Cpa: 30m))));

        Assert.Equal(AlertSeverity.Critical, d.Severity);
    }

    [Fact]
    public void Detect_NoConversionsFor48Hours_FiresCriticalWithHoursAndSpend()
    {
        var d = Assert.Single(Detect(CampaignHistory.Of(14).NoConversionsForLast(48).Analyze()), x => x.Kind == AlertKind.ZeroConversions);

        Assert.Equal(AlertSeverity.Critical, d.Severity);
        Assert.Contains("48 hours", d.Message, StringComparison.Ordinal);
        Assert.Contains("480.00", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_NoConversionsFor47Hours_DoesNotFire()
    {
        Assert.DoesNotContain(Detect(CampaignHistory.Of(14).NoConversionsForLast(47).Analyze()), x => x.Kind == AlertKind.ZeroConversions);
    }

    [Fact]
    public void Detect_CtrDown31Percent_FiresMediumAsFatigue()
    {
        var d = Assert.Single(Detect(Last3Days(new Day(Ctr: 0.02m), new Day(Ctr: 0.0138m))));

        Assert.Equal(AlertKind.CtrDrop, d.Kind);
        Assert.Equal(AlertSeverity.Medium, d.Severity);
        Assert.Contains("1.4%", d.Message, StringComparison.Ordinal);
        Assert.Contains("2%", d.Message, StringComparison.Ordinal);
        Assert.Contains("-31%", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_CtrDown29Percent_DoesNotFire()
    {
        Assert.Empty(Detect(Last3Days(new Day(Ctr: 0.02m), new Day(Ctr: 0.0142m))));
    }

    [Fact]
    public void Detect_CpcUp26PercentInLast24Hours_FiresMediumNamingThePlatform()
    {
        var a = CampaignHistory.Of(13, new Day(Spend: 252m, Cpc: 1m)).Then(1, new Day(Spend: 252m, Cpc: 1.26m)).Analyze();

        var d = Assert.Single(Detect(a));

        Assert.Equal(AlertKind.CpcSpike, d.Kind);
        Assert.Equal(AlertSeverity.Medium, d.Severity);
        Assert.StartsWith("Google", d.Message, StringComparison.Ordinal);
        Assert.Contains("26%", d.Message, StringComparison.Ordinal);
        Assert.Contains("1.26", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_CpcUp24PercentInLast24Hours_DoesNotFire()
    {
        Assert.Empty(Detect(CampaignHistory.Of(13, new Day(Spend: 252m, Cpc: 1m)).Then(1, new Day(Spend: 252m, Cpc: 1.24m)).Analyze()));
    }

    [Fact]
    public void Detect_SpendBelowMinimumToCompare_ComparesNothing()
    {
        // 5/day: 15 over the last 3 days and 35 the week before, both under the 50 minimum.
        var a = Last3Days(new Day(Spend: 5m, Roas: 3m, Cpa: 1m, Ctr: 0.02m), new Day(Spend: 5m, Roas: 1m, Cpa: 3m, Ctr: 0.01m, Cpc: 3m));

        Assert.Empty(Detect(a));
    }

    [Fact]
    public void Detect_PausedCampaign_NeverAlerts()
    {
        var a = CampaignHistory.Of(11).Then(3, new Day(Roas: 1m, Cpa: 60m, Ctr: 0.005m, Cpc: 3m)).NoConversionsForLast(72).Paused().Analyze();

        Assert.Empty(Detect(a));
    }

    [Fact]
    public void Detect_SteadyCampaign_IsQuiet()
    {
        Assert.Empty(Detect(CampaignHistory.Of(14).Analyze()));
    }
}
