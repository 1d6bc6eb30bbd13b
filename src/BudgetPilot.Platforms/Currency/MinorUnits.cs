namespace BudgetPilot.Platforms.Currency;

/// <summary>ISO 4217 minor-unit exponents: how many decimals a currency's smallest unit has.</summary>
public static class MinorUnits
{
    private static readonly HashSet<string> ZeroDecimal = new(StringComparer.OrdinalIgnoreCase)
    {
        "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF",
    };

    private static readonly HashSet<string> ThreeDecimal = new(StringComparer.OrdinalIgnoreCase) { "BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND" };

    public static int Exponent(string currency) => ZeroDecimal.Contains(currency) ? 0 : ThreeDecimal.Contains(currency) ? 3 : 2;

    public static decimal Factor(string currency) => Exponent(currency) switch { 0 => 1m, 3 => 1000m, _ => 100m };

    public static bool IsIsoCode(string? currency) => currency is { Length: 3 } && currency.All(char.IsAsciiLetterUpper);
}
