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

            var slot = At(workspace, candidate, options.WeeklyHour);
            if (slot > after)
            {
                return slot;
            }
        }

        return At(workspace, day.AddDays(7), options.WeeklyHour);
    }

    /// <summary>The first daily slot strictly after <paramref name="after"/>.</summary>
    public static DateTimeOffset NextDaily(Workspace workspace, ReportOptions options, DateTimeOffset after)
    {
        var day = workspace.LocalDate(after);
        for (var i = 0; i <= 2; i++)
        {
            var slot = At(workspace, day.AddDays(i), options.DailyHour);
            if (slot > after)
            {
                return slot;
            }
        }

        return At(workspace, day.AddDays(2), options.DailyHour);
    }

    // The wall-clock hour, not midnight plus hours: on a clock-change day those differ by one. An hour the clocks
    // skip is taken as the hour after it.
    private static DateTimeOffset At(Workspace workspace, DateOnly date, int hour)
    {
        var local = date.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Unspecified);
        if (workspace.TimeZone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, workspace.TimeZone), TimeSpan.Zero);
    }
}
