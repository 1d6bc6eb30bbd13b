using System.Globalization;
using BudgetPilot.Platforms.Rows;

namespace BudgetPilot.Platforms.Csv;

/// <summary>
/// One Google Ads or Meta report export (CSV) read into raw samples: the header is found below any title
/// lines, thousands separators and "--" (none) are normalised, and an export without an hour column gives
/// one sample per day at its 00:00.
/// </summary>
public static class ReportExport
{
    public sealed record Line(string CampaignId, string Name, DateOnly Day, string? Budget, string? Currency);

    public static (IReadOnlyList<RawSample> Samples, IReadOnlyList<Line> Lines, string? Problem) Read(string csv, TimeZoneInfo zone, string? accountCurrency)
    {
        var rows = CsvTable.Parse(csv);
        var (columns, header) = ReportColumns.Find(rows);
        if (columns is null)
        {
            return ([], [], "no header row with a 'Campaign ID' column was found");
        }

        if (columns.SpendColumn.Header is null)
        {
            return ([], [], "no 'Cost' or 'Amount spent' column was found");
        }

        var samples = new List<RawSample>();
        var lines = new List<Line>();
        foreach (var row in rows.Skip(header + 1))
        {
            var id = columns.CampaignId(row);
            // Google ends its exports with "Total: ..." lines whose id cells are "--".
            if (row.Count <= 1 || string.IsNullOrWhiteSpace(id) || id == "--" || row[0].StartsWith("Total", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var (hour, problem) = Hour(columns.DayOf(row), columns.HourOf(row), zone);
            var currency = columns.CurrencyOf(row) ?? accountCurrency;
            samples.Add(new RawSample(string.Join(",", row), id, hour, Number(columns.Spend(row)), Number(columns.ImpressionsOf(row)), Number(columns.ClicksOf(row)),
                Number(columns.ConversionsOf(row)), Number(columns.ValueOf(row)), currency)
            { Problem = problem });
            if (hour is { } h)
            {
                lines.Add(new Line(id, columns.CampaignName(row) ?? id, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(h, zone).DateTime), Number(columns.BudgetOf(row)), currency));
            }
        }

        return (samples, lines, null);
    }

    private static (DateTimeOffset? Hour, string? Problem) Hour(string? day, string? hour, TimeZoneInfo zone)
    {
        if (day is null)
        {
            return (null, null);
        }

        if (!DateOnly.TryParse(day, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (null, $"unreadable day '{day}'");
        }

        var h = 0;
        if (!string.IsNullOrEmpty(hour) && !(int.TryParse(hour.Split(':')[0].Trim(), CultureInfo.InvariantCulture, out h) && h is >= 0 and < 24))
        {
            return (null, $"unreadable hour '{hour}'");
        }

        var local = DateTime.SpecifyKind(date.ToDateTime(new TimeOnly(h, 0)), DateTimeKind.Unspecified);
        return (new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero), null);
    }

    /// <summary>"1,234.56" → "1234.56"; "--" or empty (none) → "0"; anything else is left for the gate to judge.</summary>
    private static string? Number(string? cell)
    {
        if (cell is null)
        {
            return null;
        }

        var text = cell.Trim().Replace(",", "", StringComparison.Ordinal);
        return text is "" or "--" or " --" ? "0" : text;
    }
}
