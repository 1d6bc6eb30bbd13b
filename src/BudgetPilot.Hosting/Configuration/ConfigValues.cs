using System.Globalization;
using System.Text.RegularExpressions;

namespace BudgetPilot.Hosting.Configuration;

/// <summary>The YAML's value forms: percentages, durations, booleans and numbers, each refused with a reason.</summary>
internal static partial class ConfigValues
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static bool TryDecimal(string text, out decimal value) =>
        decimal.TryParse(text.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.Number, Invariant, out value);

    public static bool TryBool(string text, out bool value)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "true" or "yes" or "on":
                value = true;
                return true;
            case "false" or "no" or "off":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    /// <summary>
    /// "30%" and 30 both mean thirty percent and give 0.30. A bare number between 0 and 1 is refused as ambiguous
    /// (0.3 could be 30% or 0.3%): write "30%" or "0.3%".
    /// </summary>
    public static string? TryPercent(string text, out decimal fraction)
    {
        fraction = 0m;
        var trimmed = text.Trim();
        var hasSign = trimmed.EndsWith('%');
        if (!TryDecimal(hasSign ? trimmed[..^1].TrimEnd() : trimmed, out var number))
        {
            return "is not a percentage; write e.g. 30% or 30";
        }

        if (!hasSign && number is > 0m and < 1m)
        {
            return $"is ambiguous: write {number * 100m:0.##}% for {number * 100m:0.##} percent, or {number}% for {number} percent";
        }

        fraction = number / 100m;
        return null;
    }

    /// <summary>
    /// "72h", "30m", "45s", "3d", "3 days", "1h30m", "00:15:00". A bare number is read in <paramref name="bareUnit"/>,
    /// or refused when the key's name carries no unit.
    /// </summary>
    public static string? TryDuration(string text, TimeSpan? bareUnit, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var trimmed = text.Trim().ToLowerInvariant();
        if (TryDecimal(trimmed, out var bare))
        {
            if (bareUnit is not { } unit)
            {
                return "has no unit; write e.g. 4h, 30m, 90s or 3 days";
            }

            duration = TimeSpan.FromTicks((long)(bare * unit.Ticks));
            return null;
        }

        if (trimmed.Contains(':', StringComparison.Ordinal) && TimeSpan.TryParse(trimmed, Invariant, out duration))
        {
            return null;
        }

        var parts = DurationPart().Matches(trimmed);
        if (parts.Count == 0 || string.Concat(parts.Select(p => p.Value)).Replace(" ", string.Empty, StringComparison.Ordinal) != trimmed.Replace(" ", string.Empty, StringComparison.Ordinal))
        {
            return "is not a duration; write e.g. 72h, 30m, 90s or 3 days";
        }

        foreach (Match part in parts)
        {
            var amount = decimal.Parse(part.Groups["n"].Value, Invariant);
            var unit = part.Groups["u"].Value switch
            {
                "d" or "day" or "days" => TimeSpan.FromDays(1),
                "h" or "hr" or "hrs" or "hour" or "hours" => TimeSpan.FromHours(1),
                "m" or "min" or "mins" or "minute" or "minutes" => TimeSpan.FromMinutes(1),
                _ => TimeSpan.FromSeconds(1),
            };
            duration += TimeSpan.FromTicks((long)(amount * unit.Ticks));
        }

        return null;
    }

    [GeneratedRegex(@"(?<n>\d+(\.\d+)?)\s*(?<u>days|day|d|hours|hour|hrs|hr|h|minutes|minute|mins|min|m|seconds|second|secs|sec|s)\s*")]
    private static partial Regex DurationPart();
}
