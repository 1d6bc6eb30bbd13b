namespace BudgetPilot.Core.Decisions;

/// <summary>A source of proposals: the seed rules, the allocator, an LLM.</summary>
public interface IDecisionEngine
{
    string Name { get; }

    Task<DecisionReport> DecideAsync(DecisionContext context, CancellationToken cancellationToken);
}
