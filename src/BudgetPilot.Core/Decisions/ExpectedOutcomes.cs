namespace BudgetPilot.Core.Decisions;

public sealed record ExpectedOutcomes(decimal? CurrentOverallRoas, decimal? NewOverallRoas, string ImprovementVsCurrent, decimal DailyProfitIncrease);
