namespace BudgetPilot.Core;

/// <summary>An amount with its ISO 4217 currency. Arithmetic refuses to mix currencies.</summary>
public readonly record struct Money(decimal Amount, string Currency)
{
    public static Money Zero(string currency) => new(0m, currency);

    public static Money operator +(Money a, Money b) => new(a.Amount + b.Amount, Same(a, b));

    public static Money operator -(Money a, Money b) => new(a.Amount - b.Amount, Same(a, b));

    public Money Convert(decimal rate, string toCurrency) => new(decimal.Round(Amount * rate, 6), toCurrency);

    public override string ToString() => $"{Amount:0.00} {Currency}";

    private static string Same(Money a, Money b) => a.Currency == b.Currency
        ? a.Currency
        : throw new InvalidOperationException($"Cannot combine {a.Currency} with {b.Currency} without a conversion rate.");
}
