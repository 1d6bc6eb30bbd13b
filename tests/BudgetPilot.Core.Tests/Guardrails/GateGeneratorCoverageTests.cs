using BudgetPilot.Core.Guardrails;
using FsCheck.Fluent;

namespace BudgetPilot.Core.Tests.Guardrails;

/// <summary>The properties would prove nothing if generated worlds never executed anything: check they reach every route.</summary>
public sealed class GateGeneratorCoverageTests
{
    [Fact]
    public void Worlds_ReachEveryRoute()
    {
        var routes = GateGenerators.World.Sample(3000)
            .SelectMany(w => GuardrailGate.Evaluate(w.Settings, w.State, w.Proposals, w.Approved))
            .GroupBy(v => v.Route)
            .ToDictionary(g => g.Key, g => g.Count());

        foreach (var route in Enum.GetValues<Route>())
        {
            Assert.True(routes.GetValueOrDefault(route) >= 20, $"{route}: only {routes.GetValueOrDefault(route)} verdicts in 3000 worlds ({string.Join(", ", routes)})");
        }
    }
}
