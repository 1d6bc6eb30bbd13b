namespace BudgetPilot.Reports.Notifications;

/// <summary>A local-time window in which a channel holds its messages; it may wrap midnight (22:00–07:00).</summary>
public sealed record QuietHours(TimeOnly Start, TimeOnly End, TimeZoneInfo TimeZone)
{
    public bool Contains(DateTimeOffset instant)
    {
        var local = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);
        return Start <= End ? local >= Start && local < End : local >= Start || local < End;
    }

    /// <summary>The first instant at or after <paramref name="instant"/> outside the window.</summary>
    public DateTimeOffset NextOpen(DateTimeOffset instant)
    {
        if (!Contains(instant))
        {
            return instant;
        }

        var local = TimeZoneInfo.ConvertTime(instant, TimeZone);
        var endToday = local.Date + End.ToTimeSpan();
        var end = endToday > local.DateTime ? endToday : endToday.AddDays(1);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(end, DateTimeKind.Unspecified), TimeZone), TimeSpan.Zero);
    }
}
