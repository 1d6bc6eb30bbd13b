using System.Text.Json.Serialization;
using BudgetPilot.Core.Analysis;

namespace BudgetPilot.Core.Decisions;

/// <summary>The seed's <c>current_state</c>: what the campaign looked like when the decision was made.</summary>
public sealed record CurrentState(
    decimal Budget,
    [property: JsonPropertyName("spend_7d")] decimal Spend7d,
    [property: JsonPropertyName("revenue_7d")] decimal Revenue7d,
    [property: JsonPropertyName("roas_7d")] decimal? Roas7d,
    TrendDirection Trend);
