using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Metrics;
using BudgetPilot.Core.Tests.Support;

namespace BudgetPilot.Core.Tests.Analysis;

public sealed class AnalyzerTests
{
    private static readonly CampaignId Id = new(Platform.GoogleAds, "c1");

    /// <summary>Every hour from <paramref name="from"/> until now spends the local day of the month (17 on the 17th), so a window's sum says which local hours it took.</summary>
    private static List<MetricSample> SpendIsLocalDayOfMonth(Workspace ws, DateTimeOffset from, DateTimeOffset now)
    {
        var samples = new List<MetricSample>();
        for (var hour = from; hour < now; hour += TimeSpan.FromHours(1))
        {
            samples.Add(new MetricSample(Id, hour, ws.LocalDate(hour).Day, 100, 10, 0m, 0m));
        }

        return samples;
    }

    private static Campaign CampaignFrom(DateTimeOffset startedAt) => new(Id, "c1", CampaignStatus.Active, 100m, startedAt);

    [Fact]
    public void Analyze_NonUtcWorkspaceMidMorning_EachWindowSumsItsLocalHours()
    {
        var ws = Workspaces.NewYork;
        var now = new DateTimeOffset(2025, 6, 18, 14, 0, 0, TimeSpan.Zero); // 10:00 EDT
        var start = ws.StartOfDay(new DateOnly(2025, 6, 2));
        var a = Analyzer.Analyze(ws, CampaignFrom(start), SpendIsLocalDayOfMonth(ws, start, now), now);

        var w = a.Windows;
        Assert.Equal((10, 10 * 18m), (w.Today.Hours, w.Today.Spend));
        Assert.Equal((24, 24 * 17m), (w.Yesterday.Hours, w.Yesterday.Spend));
        Assert.Equal((24, (10 * 18m) + (14 * 17m)), (w.Last24h.Hours, w.Last24h.Spend));
        Assert.Equal((48, (10 * 18m) + (24 * 17m) + (14 * 16m)), (w.Last48h.Hours, w.Last48h.Spend));
        Assert.Equal((72, (10 * 18m) + (24 * (17m + 16m)) + (14 * 15m)), (w.Last3d.Hours, w.Last3d.Spend));
        Assert.Equal((168, (10 * 18m) + (24 * (17m + 16m + 15m + 14m + 13m + 12m)) + (14 * 11m)), (w.Last7d.Hours, w.Last7d.Spend));
        Assert.Equal((168, (10 * 11m) + (24 * (10m + 9m + 8m + 7m + 6m + 5m)) + (14 * 4m)), (w.Prior7d.Hours, w.Prior7d.Spend));
        Assert.Equal((10, 10 * 11m), (w.SameDayLastWeek.Hours, w.SameDayLastWeek.Spend));
    }

    [Fact]
    public void Analyze_UtcWorkspaceSameInstant_TodayStartsAtUtcMidnight()
    {
        var ws = Workspaces.Utc;
        var now = new DateTimeOffset(2025, 6, 18, 14, 0, 0, TimeSpan.Zero);
        var start = ws.StartOfDay(new DateOnly(2025, 6, 10));
        var a = Analyzer.Analyze(ws, CampaignFrom(start), SpendIsLocalDayOfMonth(ws, start, now), now);

        Assert.Equal((14, 14 * 18m), (a.Windows.Today.Hours, a.Windows.Today.Spend));
        Assert.Equal((24, 24 * 17m), (a.Windows.Yesterday.Hours, a.Windows.Yesterday.Spend));
    }

    [Fact]
    public void Analyze_HourJustBeforeLocalMidnight_CountsAsYesterdayNotToday()
    {
        var ws = Workspaces.NewYork;
        var now = new DateTimeOffset(2025, 6, 18, 5, 0, 0, TimeSpan.Zero); // 01:00 EDT: one local hour into today
        var start = ws.StartOfDay(new DateOnly(2025, 6, 16));
        var a = Analyzer.Analyze(ws, CampaignFrom(start), SpendIsLocalDayOfMonth(ws, start, now), now);

        Assert.Equal((1, 18m), (a.Windows.Today.Hours, a.Windows.Today.Spend));
        Assert.Equal((24, 24 * 17m), (a.Windows.Yesterday.Hours, a.Windows.Yesterday.Spend));
        Assert.Equal(new DateOnly(2025, 6, 17), a.Days[^1].Date);
        Assert.Equal(24 * 17m, a.Days[^1].Kpis.Spend);
    }

    [Fact]
    public void Analyze_DayAfterSpringForward_YesterdayHas23Hours()
    {
        var ws = Workspaces.NewYork;
        var now = ws.StartOfDay(new DateOnly(2025, 3, 10)) + TimeSpan.FromHours(6);
        var start = ws.StartOfDay(new DateOnly(2025, 3, 1));
        var a = Analyzer.Analyze(ws, CampaignFrom(start), SpendIsLocalDayOfMonth(ws, start, now), now);

        Assert.Equal((23, 23 * 9m), (a.Windows.Yesterday.Hours, a.Windows.Yesterday.Spend));
        Assert.Equal(23, a.Days[^1].Kpis.Hours);
    }

    [Theory]
    [InlineData(15)]
    [InlineData(30)]
    [InlineData(45)]
    public void Analyze_CycleBetweenHourMarks_RollingWindowsHoldTheSameClosedHoursAsAtTheMark(int minutes)
    {
        // Hours are reported once closed: at 13:15 the 13:00 hour is not in yet. The oldest hour of the
        // week must stay in the window until the next mark, or one lumpy hour swings a 7-day ROAS.
        var ws = Workspaces.NewYork;
        var mark = new DateTimeOffset(2025, 6, 18, 13, 0, 0, TimeSpan.Zero);
        var start = ws.StartOfDay(new DateOnly(2025, 6, 2));
        var samples = SpendIsLocalDayOfMonth(ws, start, mark);
        var atMark = Analyzer.Analyze(ws, CampaignFrom(start), samples, mark).Windows;

        var between = Analyzer.Analyze(ws, CampaignFrom(start), samples, mark.AddMinutes(minutes)).Windows;

        Assert.Equal((24, atMark.Last24h.Spend), (between.Last24h.Hours, between.Last24h.Spend));
        Assert.Equal((72, atMark.Last3d.Spend), (between.Last3d.Hours, between.Last3d.Spend));
        Assert.Equal((168, atMark.Last7d.Spend), (between.Last7d.Hours, between.Last7d.Spend));
        Assert.Equal((168, atMark.Prior7d.Spend), (between.Prior7d.Hours, between.Prior7d.Spend));
    }

    [Fact]
    public void Analyze_SampleAtOrAfterNow_IsIgnored()
    {
        var h = CampaignHistory.Of(3).TodayFor(5);
        var future = new MetricSample(h.Campaign.Id, h.Now, 1_000m, 1, 1, 1m, 1m);
        var a = Analyzer.Analyze(h.Workspace, h.Campaign, [.. h.Samples(), future], h.Now);

        Assert.Equal(5 * 10m, a.Windows.Today.Spend);
    }

    [Fact]
    public void Analyze_SevenDaysOfRoas_DailySeriesAndSevenDayRoasMatch()
    {
        var a = CampaignHistory.Of(7).ThenRoas(3m, 2.5m, 2m, 1.5m, 1m, 2m, 4m).Analyze();

        Assert.Equal([3m, 2.5m, 2m, 1.5m, 1m, 2m, 4m], a.Days.Select(d => d.Kpis.Roas!.Value));
        Assert.Equal(16m / 7m, a.Roas7d!.Value, 10);
        Assert.Equal(3m, a.Windows.Prior7d.Roas);
    }

    [Fact]
    public void Analyze_ClearlyDecliningWeek_TrendIsDecliningAndSignificant()
    {
        var a = CampaignHistory.Of(7).ThenRoas(3.1m, 2.8m, 2.9m, 2.5m, 2.4m, 2.3m, 2.0m).Analyze();

        Assert.Equal(TrendDirection.Declining, a.RoasTrend.Direction);
        Assert.True(a.RoasTrend.PValue < 0.10, $"p = {a.RoasTrend.PValue}");
        Assert.Equal(7, a.RoasTrend.Points);
    }

    [Fact]
    public void Analyze_SinceLastConversion_CountsHoursAndSpendSinceTheLastConvertingHour()
    {
        var a = CampaignHistory.Of(7).TodayFor(6).NoConversionsForLast(30).Analyze();

        Assert.Equal(TimeSpan.FromHours(30), a.SinceLastConversion);
        Assert.Equal(30 * 10m, a.SpendSinceLastConversion);
    }

    [Fact]
    public void Analyze_NeverConverted_SinceLastConversionIsTheRuntime()
    {
        var a = CampaignHistory.Of(2).NoConversionsForLast(48).Analyze();

        Assert.Equal(TimeSpan.FromHours(48), a.SinceLastConversion);
        Assert.Equal(480m, a.SpendSinceLastConversion);
    }

    [Fact]
    public void Analyze_ImpressionShare_AveragesTheLast24Hours()
    {
        var a = CampaignHistory.Of(6, new Day(ImpressionShare: 0.9)).Then(1, new Day(ImpressionShare: 0.5)).Analyze();

        Assert.Equal(0.5, a.ImpressionShare!.Value, 9);
    }

    [Fact]
    public void Analyze_CampaignStartedThreeDaysAgo_DailySeriesStartsWithIt()
    {
        var a = CampaignHistory.Of(3).Analyze();

        Assert.Equal(3, a.Days.Count);
        Assert.Equal(TimeSpan.FromHours(72), a.Runtime);
        Assert.Equal(3, a.RoasTrend.Points);
    }

    [Fact]
    public void Volatility_KnownSeries_IsSampleStandardDeviationOverMean()
    {
        Assert.Equal(0.5, Analyzer.Volatility([1, 2, 3])!.Value, 12);
        Assert.Equal(0.0, Analyzer.Volatility([2.5, 2.5, 2.5, 2.5])!.Value, 12);
    }

    [Fact]
    public void Volatility_FewerThanThreePointsOrNonPositiveMean_IsNull()
    {
        Assert.Null(Analyzer.Volatility([1, 2]));
        Assert.Null(Analyzer.Volatility([0, 0, 0]));
    }
}
