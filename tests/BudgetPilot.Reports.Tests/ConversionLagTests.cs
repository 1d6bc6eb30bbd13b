using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Memory;
using BudgetPilot.Core.Metrics;
using BudgetPilot.Reports.Reports;
using Microsoft.Extensions.Time.Testing;

namespace BudgetPilot.Reports.Tests;

/// <summary>The last days' revenue is incomplete while late conversions arrive: the report says so per day, in its table and charts.</summary>
public sealed class ConversionLagTests
{
    private static readonly Workspace Shop = new("ws", "Shop", 1000m, "EUR", TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw"), 2m, null, 500m);

    // Monday 08:00 in Warsaw, the weekly slot for 5–11 January.
    private static readonly DateTimeOffset Generated = new(2026, 1, 12, 7, 0, 0, TimeSpan.Zero);

    private static async Task<PerformanceReport> WeeklyAsync(int lagDays)
    {
        var store = new InMemoryStore();
        var campaign = new CampaignId(Platform.MetaAds, "c1");
        var samples = Enumerable.Range(0, 7)
            .Select(i => new MetricSample(campaign, new DateTimeOffset(2026, 1, 5 + i, 11, 0, 0, TimeSpan.Zero), 100m, 1000, 50, 5m, 300m))
            .ToList();
        await store.UpsertAsync("ws", samples, TestContext.Current.CancellationToken);
        return await new ReportBuilder(Stores.Of(store), Shop, new ReportOptions { ConversionLagDays = lagDays }, new FakeTimeProvider(Generated))
            .WeeklyAsync(new DateOnly(2026, 1, 12), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Weekly_ThreeDayLag_LastThreeLocalDaysProvisional_MarkedInTableAndNote()
    {
        var report = await WeeklyAsync(3);
        var html = ReportHtml.Render(report, ReportCharts.Draw(report), c => c.FileName);

        // 9 January ended at 23:00 UTC; three days later is still after 07:00 on the 12th. 8 January's lag ran out at 23:00 on the 11th.
        Assert.Equal(
            [new DateOnly(2026, 1, 9), new DateOnly(2026, 1, 10), new DateOnly(2026, 1, 11)],
            report.Days.Where(d => d.Provisional).Select(d => d.Day));
        Assert.Equal(7, report.Days.Count);
        Assert.Contains("* Provisional: conversions are reported up to 3 day(s) after the click, so revenue, ROAS and conversions of 2026-01-09, 2026-01-10, 2026-01-11 will still grow.", html, StringComparison.Ordinal);
        Assert.Contains("Sun 2026-01-11 (provisional)", html, StringComparison.Ordinal);
        Assert.Contains("Thu 2026-01-08</td>", html, StringComparison.Ordinal);
        Assert.Equal(3, html.Split("<tr class=\"provisional\">").Length - 1);
    }

    [Fact]
    public async Task Weekly_NoLag_NothingProvisional_NoNote()
    {
        var report = await WeeklyAsync(0);
        var html = ReportHtml.Render(report, ReportCharts.Draw(report), c => c.FileName);

        Assert.False(report.HasProvisionalDays);
        Assert.DoesNotContain("(provisional)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("* Provisional", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<tr class=\"provisional\">", html, StringComparison.Ordinal);
        Assert.Contains("Sun 2026-01-11</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Charts_WithProvisionalTail_DifferFromSettledOnes()
    {
        var provisional = await WeeklyAsync(3);
        var settled = provisional with { Days = [.. provisional.Days.Select(d => d with { Provisional = false })] };

        var marked = ReportCharts.Draw(provisional);
        var plain = ReportCharts.Draw(settled);

        Assert.Equal(2, marked.Count);
        Assert.All(marked.Zip(plain), pair => Assert.NotEqual(pair.First.Png, pair.Second.Png));
    }
}
