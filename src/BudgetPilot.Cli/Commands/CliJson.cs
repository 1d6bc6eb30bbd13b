using System.Text.Json;
using System.Text.Json.Serialization;

namespace BudgetPilot.Cli.Commands;

/// <summary>JSON for the CLI's machine-readable output: snake_case keys, indented.</summary>
internal static class CliJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };
}
