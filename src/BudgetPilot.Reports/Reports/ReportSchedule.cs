using BudgetPilot.Core.Campaigns;

namespace BudgetPilot.Reports.Reports;

/// <summary>When the reports are due: the configured weekday and hour (weekly) or hour (daily) in the workspace's time zone.</summary>
public static class ReportSchedule
{
    /// <summary>The first slot strictly after <paramref name="after"/>.</summary>
    public static DateTimeOffset NextWeekly(Workspace workspace, ReportOptions options, DateTimeOffset after)
    {
        var day = workspace.LocalDate(after);
        for (var i = 0; i <= 7; i++)
        {
            var candidate = day.AddDays(i);
            if (candidate.DayOfWeek != options.WeeklyDay)
            {
                continue;
            }

            var slot = workspace.StartOfDay(candidate).AddHours(options.WeeklyHour);
            if (slot > after)
            {
                return slot;
            }
        }

        return workspace.StartOfDay(day.AddDays(7)).AddHours(options.WeeklyHour);
    }

    /// <summary>The first daily slot strictly after <paramref name="after"/>.</summary>
    public static DateTimeOffset NextDaily(Workspace workspace, ReportOptions options, DateTimeOffset after)
    {
        var day = workspace.LocalDate(after);
        for (var i = 0; i <= 2; i++)
        {
            var slot = workspace.StartOfDay(day.AddDays(i)).AddHours(options.DailyHour);
            if (slot > after)
            {
                return slot;
            }
        }

        return workspace.StartOfDay(day.AddDays(2)).AddHours(options.DailyHour);
    }
}
