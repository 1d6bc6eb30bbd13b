namespace BudgetPilot.Core.Campaigns;

/// <summary>One marketing team's account set: its money, its clock and its targets.</summary>
public sealed record Workspace(
    string Id,
    string Name,
    decimal TotalDailyBudget,
    string Currency,
    TimeZoneInfo TimeZone,
    decimal MinRoas,
    decimal? TargetCpa,
    decimal MaxCampaignBudget)
{
    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);

    /// <summary>The UTC instant at which the workspace's local day <paramref name="date"/> begins.</summary>
    public DateTimeOffset StartOfDay(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, TimeZone), TimeSpan.Zero);
    }
}
