using System.Text.Json;
using System.Text.Json.Serialization;

namespace BudgetPilot.Simulation.Benchmark;

/// <summary>The whole result (summaries and every run) as snake_case JSON; NaN becomes null.</summary>
public static class BenchmarkJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new FiniteDoubleConverter() },
    };

    public static Task WriteAsync(BenchmarkResult result, Stream stream, CancellationToken cancellationToken) =>
        JsonSerializer.SerializeAsync(stream, result, Options, cancellationToken);

    public static string Serialize(BenchmarkResult result) => JsonSerializer.Serialize(result, Options);

    private sealed class FiniteDoubleConverter : JsonConverter<double>
    {
        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
        {
            if (double.IsFinite(value))
            {
                writer.WriteNumberValue(value);
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }
}
