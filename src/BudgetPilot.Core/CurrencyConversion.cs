using System.Globalization;

namespace BudgetPilot.Core;

/// <summary>
/// The rate that turned an ad account's money into the workspace currency, and where it came from
/// (a config key or a rates file, with the date the table gives it). Kept beside every converted
/// amount so a figure can be traced and reconverted when the rate was wrong.
/// </summary>
public sealed record CurrencyConversion(string FromCurrency, string ToCurrency, decimal Rate, string Source, DateOnly? AsOf)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{FromCurrency}→{ToCurrency} {Rate:0.######} ({Source}{(AsOf is { } d ? $", {d:yyyy-MM-dd}" : ", undated")})");
}
