using BudgetPilot.Core;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Execution;

namespace BudgetPilot.Platforms.Currency;

/// <summary>
/// Converts one ad account's money to the workspace currency and back, with the configured rates; every
/// conversion is remembered as a <see cref="RateUse"/> so the rate stays beside the data it produced.
/// </summary>
public sealed class AccountMoney(Platform platform, string workspaceCurrency, CurrencyRates rates, TimeProvider time)
{
    private readonly Lock gate = new();
    private RateUse? last;

    public string WorkspaceCurrency { get; } = workspaceCurrency;

    /// <summary>The last rate used for this account, null until money was converted.</summary>
    public RateUse? LastRate
    {
        get
        {
            lock (gate)
            {
                return last;
            }
        }
    }

    public bool TryRate(string accountCurrency, out decimal rate)
    {
        var found = TryConvert(accountCurrency, out var conversion);
        rate = found ? conversion?.Rate ?? 1m : 0m;
        return found;
    }

    /// <summary>
    /// The conversion of this account's money to the workspace currency: false when no rate is configured
    /// (never a silent 1.0); true with a null conversion when the account already uses the workspace currency.
    /// </summary>
    public bool TryConvert(string accountCurrency, out CurrencyConversion? conversion)
    {
        conversion = null;
        if (!MinorUnits.IsIsoCode(accountCurrency) || !rates.TryConversion(accountCurrency, WorkspaceCurrency, out var found))
        {
            return false;
        }

        lock (gate)
        {
            last = new RateUse(accountCurrency, WorkspaceCurrency, found!.Rate, time.GetUtcNow());
        }

        conversion = string.Equals(accountCurrency, WorkspaceCurrency, StringComparison.OrdinalIgnoreCase) ? null : found;
        return true;
    }

    /// <summary>A campaign budget in the workspace currency, with the original and the rate when it was converted.</summary>
    public (decimal Amount, ReportedBudget? Reported) Budget(decimal amount, string accountCurrency)
    {
        if (!TryConvert(accountCurrency, out var conversion))
        {
            throw Unknown(accountCurrency);
        }

        return conversion is null ? (amount, null) : (Math.Round(amount * conversion.Rate, 6), new ReportedBudget(amount, conversion));
    }

    public decimal ToWorkspace(decimal amount, string accountCurrency) => TryRate(accountCurrency, out var rate)
        ? Math.Round(amount * rate, 6)
        : throw Unknown(accountCurrency);

    /// <summary>A workspace amount in the account currency, rounded to its smallest unit.</summary>
    public decimal ToAccount(decimal amount, string accountCurrency) => TryRate(accountCurrency, out var rate)
        ? Math.Round(amount / rate, MinorUnits.Exponent(accountCurrency), MidpointRounding.ToZero)
        : throw Unknown(accountCurrency);

    private PlatformException Unknown(string currency) => new(platform,
        $"the account's currency '{currency}' has no rate to {WorkspaceCurrency}; add it under currency_rates (e.g. {currency}:{WorkspaceCurrency}=1.0).", transient: false);
}
