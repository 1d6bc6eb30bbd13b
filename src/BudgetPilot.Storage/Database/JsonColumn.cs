using System.Text.Json;
using BudgetPilot.Core.Serialization;

namespace BudgetPilot.Storage.Database;

/// <summary>Nested values (a proposed action, a decision report) are kept whole as BudgetPilot's own JSON.</summary>
internal static class JsonColumn
{
    public static string Write<T>(T value) => JsonSerializer.Serialize(value, BudgetPilotJson.Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, BudgetPilotJson.Options)
        ?? throw new InvalidOperationException($"Stored JSON for {typeof(T).Name} is null.");
}
