using System.Text.RegularExpressions;

namespace BudgetPilot.Platforms.Csv;

/// <summary>
/// Where each needed value sits in a Google Ads or Meta report export: column names differ between the
/// two and between export languages, so each value has a few accepted headers (English exports).
/// </summary>
internal sealed partial class ReportColumns
{
    private static readonly string[] Id = ["Campaign ID", "Campaign Id"];
    private static readonly string[] Name = ["Campaign", "Campaign name"];
    private static readonly string[] Day = ["Day", "Date", "Reporting starts"];
    private static readonly string[] Hour = ["Hour of day", "Hour", "Time of day (ad account time zone)", "Time of day (viewer's time zone)"];
    private static readonly string[] Impressions = ["Impr.", "Impressions"];
    private static readonly string[] Clicks = ["Clicks", "Link clicks", "Clicks (all)"];
    private static readonly string[] Conversions = ["Conversions", "Purchases", "Results"];
    private static readonly string[] Value = ["Conv. value", "Conversion value", "Purchases conversion value", "Website purchases conversion value"];
    private static readonly string[] Currency = ["Currency code", "Currency"];
    private static readonly string[] Budget = ["Budget", "Campaign budget", "Daily budget"];

    private readonly Dictionary<string, int> index;

    private ReportColumns(IReadOnlyList<string> header)
    {
        index = header.Select((h, i) => (h.Trim(), i)).GroupBy(p => p.Item1, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().i, StringComparer.OrdinalIgnoreCase);
        SpendColumn = header.Select((h, i) => (h.Trim(), i)).FirstOrDefault(p => p.Item1 is "Cost" || p.Item1.StartsWith("Amount spent", StringComparison.OrdinalIgnoreCase));
        SpendCurrency = SpendColumn.Item1 is { } spend && CurrencyInHeader().Match(spend) is { Success: true } m ? m.Groups[1].Value : null;
    }

    public (string? Header, int Index) SpendColumn { get; }

    /// <summary>Meta names the currency in the spend header: "Amount spent (EUR)".</summary>
    public string? SpendCurrency { get; }

    /// <summary>The first row that names a campaign id column is the header (Google exports put a title and a date range above it).</summary>
    public static (ReportColumns? Columns, int HeaderRow) Find(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        for (var i = 0; i < Math.Min(rows.Count, 20); i++)
        {
            if (rows[i].Any(c => Id.Contains(c.Trim(), StringComparer.OrdinalIgnoreCase)))
            {
                return (new ReportColumns(rows[i]), i);
            }
        }

        return (null, -1);
    }

    public string? CampaignId(IReadOnlyList<string> row) => Cell(row, Id);

    public string? CampaignName(IReadOnlyList<string> row) => Cell(row, Name);

    public string? DayOf(IReadOnlyList<string> row) => Cell(row, Day);

    public string? HourOf(IReadOnlyList<string> row) => Cell(row, Hour);

    public string? Spend(IReadOnlyList<string> row) => SpendColumn.Header is null || SpendColumn.Index >= row.Count ? null : row[SpendColumn.Index];

    public string? ImpressionsOf(IReadOnlyList<string> row) => Cell(row, Impressions);

    public string? ClicksOf(IReadOnlyList<string> row) => Cell(row, Clicks);

    public string? ConversionsOf(IReadOnlyList<string> row) => Cell(row, Conversions);

    public string? ValueOf(IReadOnlyList<string> row) => Cell(row, Value);

    public string? CurrencyOf(IReadOnlyList<string> row) => Cell(row, Currency) ?? SpendCurrency;

    public string? BudgetOf(IReadOnlyList<string> row) => Cell(row, Budget);

    private string? Cell(IReadOnlyList<string> row, string[] names)
    {
        foreach (var name in names)
        {
            if (index.TryGetValue(name, out var i) && i < row.Count)
            {
                return row[i].Trim();
            }
        }

        return null;
    }

    [GeneratedRegex(@"\(([A-Z]{3})\)")]
    private static partial Regex CurrencyInHeader();
}
