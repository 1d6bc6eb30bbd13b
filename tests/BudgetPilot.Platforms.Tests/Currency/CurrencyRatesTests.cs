using BudgetPilot.Core;
using BudgetPilot.Platforms.Currency;

namespace BudgetPilot.Platforms.Tests.Currency;

public sealed class CurrencyRatesTests
{
    [Fact]
    public void Csv_WithDates_EachConversionNamesItsSourceAndDate()
    {
        var rates = CurrencyRates.ParseCsv("from,to,rate,date\nEUR,USD,1.08,2026-11-24\nGBP,USD,1.27\n", "currency_rates_file fx.csv");

        Assert.True(rates.TryConversion("EUR", "USD", out var eur));
        Assert.True(rates.TryConversion("gbp", "usd", out var gbp));
        Assert.Equal(new CurrencyConversion("EUR", "USD", 1.08m, "currency_rates_file fx.csv", new DateOnly(2026, 11, 24)), eur);
        Assert.Equal(new CurrencyConversion("GBP", "USD", 1.27m, "currency_rates_file fx.csv", null), gbp);
        Assert.Equal("EUR→USD 1.08 (currency_rates_file fx.csv, 2026-11-24)", eur!.ToString());
    }

    [Fact]
    public void Inverse_IsRoundedToTheDecimalsThatAreStored()
    {
        var rates = CurrencyRates.ParseInline("EUR:USD=1.08");

        Assert.True(rates.TryConversion("USD", "EUR", out var back));
        Assert.Equal(0.925925925926m, back!.Rate);
        Assert.Contains("inverse of EUR:USD=1.08", back.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingPair_IsNotFoundRatherThanOne()
    {
        var rates = CurrencyRates.ParseInline("EUR:USD=1.08");

        Assert.False(rates.TryConversion("GBP", "USD", out var none));
        Assert.Null(none);
    }

    [Theory]
    [InlineData("EUR,USD,1.08,24/11/2026")]
    [InlineData("EUR,USD,0")]
    [InlineData("EUR,USD,abc,2026-11-24")]
    public void Csv_BadLine_IsRefusedNamingTheLine(string line)
    {
        var ex = Assert.Throws<FormatException>(() => CurrencyRates.ParseCsv($"from,to,rate,date\n{line}\n"));

        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
        Assert.Contains(line, ex.Message, StringComparison.Ordinal);
    }
}
