namespace BudgetPilot.Reports.Reports;

/// <summary>
/// The time-saved model from the seed: each executed action stands for <see cref="HoursSavedPerAction"/>
/// of a manager's work, valued at <see cref="HourlyCost"/>; plus the weekly report's slot.
/// </summary>
public sealed record ReportOptions
{
    public decimal HourlyCost { get; init; } = 60m;

    public decimal HoursSavedPerAction { get; init; } = 0.25m;

    /// <summary>Hours of manual monitoring a week the autopilot replaces, whether or not it acted.</summary>
    public decimal MonitoringHoursPerWeek { get; init; } = 5m;

    public DayOfWeek WeeklyDay { get; init; } = DayOfWeek.Monday;

    /// <summary>Local hour (workspace time zone) at which the weekly report is generated.</summary>
    public int WeeklyHour { get; init; } = 8;

    /// <summary>Local hour (workspace time zone) at which the daily post-factum report on the day before is generated.</summary>
    public int DailyHour { get; init; } = 7;

    /// <summary>
    /// Days after a click in which its conversions can still be reported (platform attribution lag); a day that ended
    /// more recently is marked provisional. The analysis has no lag of its own to offer, so it is configured here.
    /// </summary>
    public int ConversionLagDays { get; init; } = 3;

    /// <summary>How far back an action's "before" ROAS is measured.</summary>
    public TimeSpan EffectBaseline { get; init; } = TimeSpan.FromDays(3);
}
