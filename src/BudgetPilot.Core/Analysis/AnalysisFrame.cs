using BudgetPilot.Core.Campaigns;

namespace BudgetPilot.Core.Analysis;

/// <summary>
/// The local-day boundaries of one analysis instant, computed once per cycle: every campaign shares them,
/// and a time-zone conversion per campaign (or per sample) is the cost that grows with the portfolio.
/// </summary>
public sealed record AnalysisFrame(DateTimeOffset Now, DateTimeOffset TodayStart, DateTimeOffset LastWeekStart, DateOnly FirstTrendDay, DateTimeOffset[] DayStarts)
{
    /// <summary><see cref="DayStarts"/> holds the starts of the <see cref="Analyzer.TrendDays"/> trend days and then today's start.</summary>
    public static AnalysisFrame Of(Workspace workspace, DateTimeOffset now)
    {
        var today = workspace.LocalDate(now);
        var first = today.AddDays(-Analyzer.TrendDays);
        var starts = new DateTimeOffset[Analyzer.TrendDays + 1];
        for (var i = 0; i <= Analyzer.TrendDays; i++)
        {
            starts[i] = workspace.StartOfDay(first.AddDays(i));
        }

        return new AnalysisFrame(now, starts[Analyzer.TrendDays], workspace.StartOfDay(today.AddDays(-7)), first, starts);
    }
}
