namespace BudgetPilot.Platforms.Rows;

/// <summary>
/// One reported campaign-hour exactly as the wire carried it (text), before any check. Spend is in
/// major units of <see cref="Currency"/> once divided by <see cref="SpendDivisor"/> (1 000 000 for micros).
/// </summary>
public sealed record RawSample(
    string Row,
    string? CampaignId,
    DateTimeOffset? Hour,
    string? Spend,
    string? Impressions,
    string? Clicks,
    string? Conversions,
    string? ConversionValue,
    string? Currency)
{
    public decimal SpendDivisor { get; init; } = 1m;

    /// <summary>Why the row could not even be read (e.g. an unreadable hour), or null.</summary>
    public string? Problem { get; init; }
}
