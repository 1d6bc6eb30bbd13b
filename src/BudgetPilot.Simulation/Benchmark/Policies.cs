namespace BudgetPilot.Simulation.Benchmark;

/// <summary>
/// The built-in policies. Adding one to a run is one line:
/// <c>[.. Policies.Defaults, new("seed_rules", m => new SeedRulesPolicy(m))]</c>.
/// </summary>
public static class Policies
{
    public static PolicyEntry Static { get; } = new("static", _ => new StaticPolicy());

    public static PolicyEntry Uniform { get; } = new("uniform", _ => new UniformPolicy());

    public static PolicyEntry Oracle { get; } = new(OraclePolicy.ConstrainedName, _ => new OraclePolicy(constrained: true));

    public static PolicyEntry UnconstrainedOracle { get; } = new(OraclePolicy.UnconstrainedName, _ => new OraclePolicy(constrained: false));

    public static IReadOnlyList<PolicyEntry> Defaults { get; } = [Static, Uniform, Oracle, UnconstrainedOracle];
}
