using System.Globalization;

namespace BudgetPilot.Platforms.Currency;

/// <summary>
/// Conversion rates between ISO currencies, as configured (inline <c>EUR:USD=1.08; GBP:USD=1.27</c> or a
/// CSV of <c>from,to,rate</c>). A pair given one way is also used the other way, inverted.
/// </summary>
public sealed class CurrencyRates
{
    private readonly Dictionary<(string From, string To), decimal> rates;

    public CurrencyRates(IEnumerable<(string From, string To, decimal Rate)> entries)
    {
        rates = [];
        foreach (var (from, to, rate) in entries)
        {
            rates[(from.ToUpperInvariant(), to.ToUpperInvariant())] = rate;
        }
    }

    public static CurrencyRates None { get; } = new([]);

    public int Count => rates.Count;

    public IEnumerable<(string From, string To, decimal Rate)> Entries => rates.Select(r => (r.Key.From, r.Key.To, r.Value));

    public bool TryGet(string from, string to, out decimal rate)
    {
        from = from.ToUpperInvariant();
        to = to.ToUpperInvariant();
        if (from == to)
        {
            rate = 1m;
            return true;
        }

        if (rates.TryGetValue((from, to), out rate))
        {
            return true;
        }

        if (rates.TryGetValue((to, from), out var inverse) && inverse != 0m)
        {
            rate = 1m / inverse;
            return true;
        }

        rate = 0m;
        return false;
    }

    /// <summary>Parses <c>EUR:USD=1.08; GBP:USD=1.27</c> (separators ';' or ',' or new lines).</summary>
    public static CurrencyRates ParseInline(string text)
    {
        var entries = new List<(string, string, decimal)>();
        foreach (var part in text.Split([';', ',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.Split('=', StringSplitOptions.TrimEntries);
            var pair = eq[0].Split([':', '/'], StringSplitOptions.TrimEntries);
            if (eq.Length != 2 || pair.Length != 2 || !TryRate(eq[1], out var rate))
            {
                throw new FormatException($"'{part}' is not a rate; write FROM:TO=RATE, e.g. EUR:USD=1.08");
            }

            entries.Add((pair[0], pair[1], rate));
        }

        return new CurrencyRates(entries);
    }

    /// <summary>Parses a CSV of from,to,rate (a header line is allowed).</summary>
    public static CurrencyRates ParseCsv(string csv)
    {
        var entries = new List<(string, string, decimal)>();
        var lineNo = 0;
        foreach (var line in csv.Split('\n', StringSplitOptions.TrimEntries))
        {
            lineNo++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split(',', StringSplitOptions.TrimEntries);
            if (cells.Length == 3 && TryRate(cells[2], out var rate))
            {
                entries.Add((cells[0], cells[1], rate));
            }
            else if (lineNo != 1)
            {
                throw new FormatException($"line {lineNo} '{line}' is not from,to,rate (e.g. EUR,USD,1.08)");
            }
        }

        return new CurrencyRates(entries);
    }

    private static bool TryRate(string text, out decimal rate) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out rate) && rate > 0m;
}
