using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Rules;

namespace BudgetPilot.Core.Allocation;

/// <summary>Which engines decide: the seed rules, the response-curve allocator, or the allocator for budgets with the rules' pauses and alerts.</summary>
public enum DecisionPolicy
{
    Rules,
    Allocator,
    AllocatorWithRules,
}

public static class DecisionPolicies
{
    /// <summary>The best measured policy (docs/benchmark).</summary>
    public const DecisionPolicy Default = DecisionPolicy.Allocator;

    public static IReadOnlyList<string> Names { get; } = ["rules", "allocator", "allocator+rules"];

    public static string Name(this DecisionPolicy policy) => policy switch
    {
        DecisionPolicy.Rules => "rules",
        DecisionPolicy.Allocator => "allocator",
        _ => "allocator+rules",
    };

    public static bool TryParse(string? text, out DecisionPolicy policy)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "rules":
                policy = DecisionPolicy.Rules;
                return true;
            case "allocator":
                policy = DecisionPolicy.Allocator;
                return true;
            case "allocator+rules" or "allocator_rules" or "allocator-rules":
                policy = DecisionPolicy.AllocatorWithRules;
                return true;
            default:
                policy = Default;
                return false;
        }
    }

    public static DecisionPolicy Parse(string? text) => TryParse(text, out var policy)
        ? policy
        : throw new ArgumentException($"Unknown policy '{text}': use one of {string.Join(", ", Names)}.", nameof(text));

    /// <summary>
    /// The engines for a policy. The allocator's memory lives in <paramref name="state"/> (the database in the app);
    /// without one it gets a private in-memory store, so each such host has its own memory.
    /// </summary>
    public static IReadOnlyList<IDecisionEngine> Engines(DecisionPolicy policy, AllocatorSettings? settings = null, IAllocatorStateStore? state = null) => policy switch
    {
        DecisionPolicy.Rules => [new SeedRulesEngine()],
        DecisionPolicy.Allocator => [new ResponseCurveAllocator(settings, state)],
        _ => [new AllocatorWithRules(new ResponseCurveAllocator(settings, state))],
    };
}
