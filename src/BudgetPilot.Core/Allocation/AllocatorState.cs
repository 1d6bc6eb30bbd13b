using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using BudgetPilot.Core.Campaigns;

namespace BudgetPilot.Core.Allocation;

/// <summary>What the allocator remembers of one workspace: the day it last decided, the learned conversion lag and every campaign's recent days.</summary>
public sealed record AllocatorState(DateOnly? LastDecided, MaturityStatistics Maturity, IReadOnlyList<AllocatorDay> Days)
{
    /// <summary>Why this state must not be used (a day with an impossible number, broken maturity statistics), or null if it is sound.</summary>
    public string? Problem()
    {
        if (Maturity.Problem() is { } maturity)
        {
            return maturity;
        }

        foreach (var day in Days)
        {
            if (day.Problem() is { } problem)
            {
                return $"{day.Campaign} on {day.Date:yyyy-MM-dd}: {problem}";
            }
        }

        return null;
    }
}

/// <summary>
/// One campaign-day as the allocator last saw it. <see cref="ValueAtAge"/> holds the value the day showed at
/// ages 1..<see cref="ConversionMaturity.MatureAge"/> (index 0 is age 1), −1 where it was not seen at that age.
/// </summary>
public sealed record AllocatorDay(CampaignId Campaign, DateOnly Date, double Spend, double Value, double Conversions, IReadOnlyList<double> ValueAtAge, bool Learned)
{
    public const int Ages = ConversionMaturity.MatureAge;

    public string? Problem()
    {
        if (!Sound(Spend))
        {
            return $"spend {Spend.ToString(CultureInfo.InvariantCulture)} is not a finite, non-negative amount";
        }

        if (!Sound(Value))
        {
            return $"value {Value.ToString(CultureInfo.InvariantCulture)} is not a finite, non-negative amount";
        }

        if (!Sound(Conversions))
        {
            return $"conversions {Conversions.ToString(CultureInfo.InvariantCulture)} is not a finite, non-negative count";
        }

        if (ValueAtAge.Count != Ages)
        {
            return $"{ValueAtAge.Count} values by age where {Ages} were expected";
        }

        for (var i = 0; i < Ages; i++)
        {
            // −1 marks an age at which the day was not seen; anything else must be a real amount.
            if (ValueAtAge[i] != -1 && !Sound(ValueAtAge[i]))
            {
                return $"value at age {i + 1} is {ValueAtAge[i].ToString(CultureInfo.InvariantCulture)}";
            }
        }

        return null;
    }

    public bool Equals(AllocatorDay? other) =>
        other is not null && Campaign == other.Campaign && Date == other.Date && Spend.Equals(other.Spend) && Value.Equals(other.Value)
        && Conversions.Equals(other.Conversions) && Learned == other.Learned && ValueAtAge.SequenceEqual(other.ValueAtAge);

    public override int GetHashCode() => HashCode.Combine(Campaign, Date, Spend, Value, Conversions, Learned);

    private static bool Sound(double x) => double.IsFinite(x) && x >= 0;
}

/// <summary>
/// The running sums behind <see cref="ConversionMaturity"/>: per age, the value seen at that age and the value
/// the same days reached at maturity, and the prior's weight. Stored as text (<see cref="Format"/>), exact to the bit.
/// </summary>
public sealed record MaturityStatistics(IReadOnlyList<double> Seen, IReadOnlyList<double> Matured, double Pseudo)
{
    public const int Length = ConversionMaturity.MatureAge + 1;

    public static MaturityStatistics Prior { get; } = new(new double[Length], new double[Length], 0);

    public string? Problem()
    {
        if (Seen.Count != Length || Matured.Count != Length)
        {
            return $"maturity statistics have {Seen.Count} and {Matured.Count} ages where {Length} were expected";
        }

        foreach (var x in Seen.Concat(Matured).Append(Pseudo))
        {
            if (!double.IsFinite(x) || x < 0)
            {
                return $"maturity statistics hold {x.ToString(CultureInfo.InvariantCulture)}, not a finite, non-negative amount";
            }
        }

        return null;
    }

    // System.Text.Json writes doubles in their shortest round-trip form, so a save and a load give back the same bits.
    public string Format() => JsonSerializer.Serialize(new Wire(Seen.ToArray(), Matured.ToArray(), Pseudo));

    /// <summary>Reads <see cref="Format"/>'s text; <paramref name="error"/> says what is wrong when it cannot.</summary>
    public static bool TryParse(string? text, out MaturityStatistics statistics, out string? error)
    {
        statistics = Prior;
        Wire? wire;
        try
        {
            wire = string.IsNullOrWhiteSpace(text) ? null : JsonSerializer.Deserialize<Wire>(text);
        }
        catch (JsonException ex)
        {
            error = $"maturity statistics do not parse: {ex.Message}";
            return false;
        }

        if (wire?.Seen is null || wire.Matured is null)
        {
            error = "maturity statistics are missing";
            return false;
        }

        var parsed = new MaturityStatistics(wire.Seen, wire.Matured, wire.Pseudo);
        error = parsed.Problem();
        if (error is not null)
        {
            return false;
        }

        statistics = parsed;
        return true;
    }

    public bool Equals(MaturityStatistics? other) =>
        other is not null && Seen.SequenceEqual(other.Seen) && Matured.SequenceEqual(other.Matured) && Pseudo.Equals(other.Pseudo);

    public override int GetHashCode() => Pseudo.GetHashCode();

    private sealed record Wire(
        [property: JsonPropertyName("seen")] double[]? Seen,
        [property: JsonPropertyName("matured")] double[]? Matured,
        [property: JsonPropertyName("pseudo")] double Pseudo);
}

/// <summary>
/// One decision's writes: the new summary, the days that changed (<see cref="Changed"/>), and the start of the
/// window (days before <see cref="KeepFrom"/> go). <see cref="Replace"/> first drops every stored day of the
/// workspace: the allocator asks for it after it had to discard unreadable state.
/// </summary>
public sealed record AllocatorStateChanges(DateOnly LastDecided, MaturityStatistics Maturity, IReadOnlyList<AllocatorDay> Changed, DateOnly KeepFrom, bool Replace, DateTimeOffset At);
