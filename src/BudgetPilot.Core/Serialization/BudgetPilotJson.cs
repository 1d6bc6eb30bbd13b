using System.Text.Json;
using System.Text.Json.Serialization;

namespace BudgetPilot.Core.Serialization;

/// <summary>The one JSON dialect of BudgetPilot: snake_case keys and SCREAMING_CASE enums, as in the seed.</summary>
public static class BudgetPilotJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower,
            WriteIndented = indented,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.Strict,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper));
        options.Converters.Add(new CampaignIdJsonConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
