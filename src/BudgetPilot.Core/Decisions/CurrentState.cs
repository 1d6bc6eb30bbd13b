using BudgetPilot.Core.Analysis;

namespace BudgetPilot.Core.Decisions;

/// <summary>The seed's <c>current_state</c>: what the campaign looked like when the decision was made.</summary>
public sealed record CurrentState(decimal Budget, decimal Spend7d, decimal Revenue7d, decimal? Roas7d, TrendDirection Trend);
