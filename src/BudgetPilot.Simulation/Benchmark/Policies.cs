using BudgetPilot.Core.Allocation;
using BudgetPilot.Core.Rules;

namespace BudgetPilot.Simulation.Benchmark;

/// <summary>
/// The built-in policies. Adding one to a run is one line:
/// <c>[.. Policies.Defaults, new("seed_rules", m => new SeedRulesPolicy(m))]</c>.
/// </summary>
public static class Policies
{
    public static PolicyEntry Static { get; } = new("static", _ => new StaticPolicy());

    public static PolicyEntry Uniform { get; } = new("uniform", _ => new UniformPolicy());

    /// <summary>The yardstick: constraints (1)–(6), approvals unanswered, like every policy here but the "_approved" ones.</summary>
    public static PolicyEntry Oracle { get; } = new(OraclePolicy.ConstrainedName, _ => new OraclePolicy(OracleMode.Unattended));

    /// <summary>Scored against <see cref="Oracle"/>: what a manager who approves every big move would be worth to a perfect planner.</summary>
    public static PolicyEntry ApprovedOracle { get; } = new(OraclePolicy.ApprovedName, _ => new OraclePolicy(OracleMode.Approved));

    public static PolicyEntry UnconstrainedOracle { get; } = new(OraclePolicy.UnconstrainedName, _ => new OraclePolicy(OracleMode.Unconstrained));

    /// <summary>The seed's decision framework exactly as written, full autonomy, nobody answering approvals.</summary>
    public static PolicyEntry SeedRules { get; } = new("seed_rules", m => new CyclePolicy(m, "seed_rules", new CyclePolicyOptions(), () => [new SeedRulesEngine()]));

    /// <summary>The same, with a manager who approves every request: what the rules do when humans say yes. Scored against the oracle whose moves are approved too.</summary>
    public static PolicyEntry SeedRulesApproved { get; } = new("seed_rules_approved", m => new CyclePolicy(m, "seed_rules_approved", new CyclePolicyOptions { ApproveEverything = true }, () => [new SeedRulesEngine()]), OraclePolicy.ApprovedName);

    /// <summary>The response-curve allocator alone: every budget from the curves, no rule pauses.</summary>
    public static PolicyEntry Allocator { get; } = new("allocator", m => new CyclePolicy(m, "allocator", new CyclePolicyOptions(), s => DecisionPolicies.Engines(DecisionPolicy.Allocator, state: s.Allocator)));

    /// <summary>Budgets from the allocator, alerts and critical pauses from the seed rules.</summary>
    public static PolicyEntry AllocatorWithRules { get; } = new("allocator+rules", m => new CyclePolicy(m, "allocator+rules", new CyclePolicyOptions(), s => DecisionPolicies.Engines(DecisionPolicy.AllocatorWithRules, state: s.Allocator)));

    public static IReadOnlyList<PolicyEntry> Defaults { get; } = [Static, Uniform, SeedRules, SeedRulesApproved, Allocator, AllocatorWithRules, Oracle, ApprovedOracle, UnconstrainedOracle];
}
