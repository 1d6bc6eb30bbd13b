using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BudgetPilot.Storage.Database;

/// <summary>
/// Stores instants as UTC ticks: SQLite cannot compare or order DateTimeOffset, and one integer
/// representation keeps range queries identical on both providers. The offset is not kept; every
/// instant reads back in UTC.
/// </summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
