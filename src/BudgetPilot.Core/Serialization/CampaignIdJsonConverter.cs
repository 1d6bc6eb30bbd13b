using System.Text.Json;
using System.Text.Json.Serialization;
using BudgetPilot.Core.Campaigns;

namespace BudgetPilot.Core.Serialization;

/// <summary>Writes a campaign id as <c>platform_key:id</c>, the one text form used everywhere.</summary>
public sealed class CampaignIdJsonConverter : JsonConverter<CampaignId>
{
    public override CampaignId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        CampaignId.Parse(reader.GetString() ?? throw new JsonException("A campaign id must be a string."));

    public override void Write(Utf8JsonWriter writer, CampaignId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());

    public override CampaignId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        CampaignId.Parse(reader.GetString() ?? throw new JsonException("A campaign id must be a string."));

    public override void WriteAsPropertyName(Utf8JsonWriter writer, CampaignId value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.ToString());
}
