using System.Globalization;
using BudgetPilot.Core;

namespace BudgetPilot.Platforms.Currency;

/// <summary>
/// Conversion rates between ISO currencies, as configured (inline <c>EUR:USD=1.08; GBP:USD=1.27</c> or a
/// CSV of <c>from,to,rate[,date]</c>). A pair given one way is also used the other way, inverted. Each
/// entry remembers where it came from so the rate can be stored beside the money it converted.
/// </summary>
public sealed class CurrencyRates
{
    public const string InlineSource = "currency_rates";

    /// <summary>Decimals a rate is used (and stored) with; an inverted pair would otherwise carry 28 digits no database keeps.</summary>
    public const int RateDecimals = 12;

    private readonly Dictionary<(string From, string To), RateEntry> rates;

    public CurrencyRates(IEnumerable<RateEntry> entries)
    {
        rates = [];
        foreach (var entry in entries)
        {
            var from = entry.From.ToUpperInvariant();
            var to = entry.To.ToUpperInvariant();
            rates[(from, to)] = entry with { From = from, To = to };
        }
    }

    public CurrencyRates(IEnumerable<(string From, string To, decimal Rate)> entries)
        : this(entries.Select(e => new RateEntry(e.From, e.To, e.Rate, InlineSource, null)))
    {
    }

    public static CurrencyRates None { get; } = new(Array.Empty<RateEntry>());

    public int Count => rates.Count;

    public IEnumerable<RateEntry> Entries => rates.Values;

    public bool TryGet(string from, string to, out decimal rate)
    {
        var found = TryConversion(from, to, out var conversion);
        rate = found ? conversion!.Rate : 0m;
        return found;
    }

    /// <summary>
    /// The conversion from one currency to another: rate 1 from a currency to itself (source "same currency"),
    /// a configured pair, or a configured reverse pair inverted. False when neither way is configured.
    /// </summary>
    public bool TryConversion(string from, string to, out CurrencyConversion? conversion)
    {
        from = from.ToUpperInvariant();
        to = to.ToUpperInvariant();
        if (from == to)
        {
            conversion = new CurrencyConversion(from, to, 1m, "same currency", null);
            return true;
        }

        if (rates.TryGetValue((from, to), out var entry))
        {
            conversion = new CurrencyConversion(from, to, Math.Round(entry.Rate, RateDecimals), entry.Source, entry.AsOf);
            return true;
        }

        if (rates.TryGetValue((to, from), out var inverse) && inverse.Rate != 0m)
        {
            conversion = new CurrencyConversion(from, to, Math.Round(1m / inverse.Rate, RateDecimals), $"{inverse.Source}, inverse of {to}:{from}={inverse.Rate.ToString(CultureInfo.InvariantCulture)}", inverse.AsOf);
            return true;
        }

        conversion = null;
        return false;
    }

    /// <summary>Parses <c>EUR:USD=1.08; GBP:USD=1.27</c> (separators ';' or ',' or new lines).</summary>
    public static CurrencyRates ParseInline(string text, string source = InlineSource)
    {
        var entries = new List<RateEntry>();
        foreach (var part in text.Split([';', ',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.Split('=', StringSplitOptions.TrimEntries);
            var pair = eq[0].Split([':', '/'], StringSplitOptions.TrimEntries);
            if (eq.Length != 2 || pair.Length != 2 || !TryRate(eq[1], out var rate))
            {
                throw new FormatException($"'{part}' is not a rate; write FROM:TO=RATE, e.g. EUR:USD=1.08");
            }

            entries.Add(new RateEntry(pair[0], pair[1], rate, source, null));
        }

        return new CurrencyRates(entries);
    }

    /// <summary>
    /// Parses a CSV of from,to,rate with an optional fourth column, the date the rate is from (yyyy-MM-dd);
    /// a header line is allowed.
    /// </summary>
    public static CurrencyRates ParseCsv(string csv, string source = "rates file")
    {
        var entries = new List<RateEntry>();
        var lineNo = 0;
        foreach (var line in csv.Split('\n', StringSplitOptions.TrimEntries))
        {
            lineNo++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split(',', StringSplitOptions.TrimEntries);
            if (cells.Length is 3 or 4 && TryRate(cells[2], out var rate) && TryDate(cells.Length == 4 ? cells[3] : null, out var asOf))
            {
                entries.Add(new RateEntry(cells[0], cells[1], rate, source, asOf));
            }
            else if (lineNo != 1)
            {
                throw new FormatException($"line {lineNo} '{line}' is not from,to,rate[,yyyy-MM-dd] (e.g. EUR,USD,1.08,2026-11-24)");
            }
        }

        return new CurrencyRates(entries);
    }

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return true;
        }

        return false;
    }

    private static bool TryRate(string text, out decimal rate) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out rate) && rate > 0m;
}
