using BudgetPilot.Core.Allocation;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetPilot.Hosting.Tests.Configuration;

public sealed class PolicyConfigTests
{
    [Fact]
    public void Parse_NoPolicy_IsTheMeasuredDefault()
    {
        var config = Yaml.Parse(Yaml.Workspace);

        Assert.Equal(DecisionPolicies.Default, config.Policy);
        Assert.Equal(new AllocatorSettings(), config.Allocator);
    }

    [Fact]
    public void Parse_PolicyAndAllocatorKnobs_AreRead()
    {
        var config = Yaml.Parse(Yaml.Workspace + "policy: allocator+rules\nallocator: { exploration_share: 5%, hysteresis: 0.1, min_change: 2%, decision_hour: 6 }\n");

        Assert.Equal(DecisionPolicy.AllocatorWithRules, config.Policy);
        Assert.Equal(0.05m, config.Allocator.ExplorationShare);
        Assert.Equal(0.1, config.Allocator.Hysteresis, 6);
        Assert.Equal(0.02m, config.Allocator.MinChangeFraction);
        Assert.Equal(6, config.Allocator.DecisionHour);
    }

    [Fact]
    public void Parse_UnknownPolicy_NamesTheKeyAndTheChoices()
    {
        var error = Assert.Single(Yaml.Errors(Yaml.Workspace + "policy: greedy\n"), e => e.Path == "policy");

        Assert.Contains("'greedy' is not a policy", error.Message, StringComparison.Ordinal);
        Assert.Contains("allocator+rules", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ExplorationAboveItsBound_IsRefused()
    {
        var error = Assert.Single(Yaml.Errors(Yaml.Workspace + "allocator: { exploration_share: 80% }\n"), e => e.Path == "allocator.exploration_share");

        Assert.Contains("between 0% and 50%", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rules", typeof(SeedRulesEngine))]
    [InlineData("allocator", typeof(ResponseCurveAllocator))]
    [InlineData("allocator+rules", typeof(AllocatorWithRules))]
    public void CompositionRoot_RegistersTheConfiguredPolicysEngines(string policy, Type engine)
    {
        var config = Yaml.Parse(Yaml.Workspace + $"policy: {policy}\n");
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddBudgetPilot(config);
        using var provider = services.BuildServiceProvider();

        var engines = provider.GetRequiredService<IReadOnlyList<IDecisionEngine>>();

        Assert.IsType(engine, Assert.Single(engines));
    }

    [Fact]
    public void CompositionRoot_AllocatorKeepsItsMemoryInTheStorage()
    {
        var config = Yaml.Parse(Yaml.Workspace + "policy: allocator\n");
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddBudgetPilot(config);
        using var provider = services.BuildServiceProvider();

        var allocator = Assert.IsType<ResponseCurveAllocator>(Assert.Single(provider.GetRequiredService<IReadOnlyList<IDecisionEngine>>()));

        Assert.Same(provider.GetRequiredService<IAllocatorStateStore>(), allocator.State);
        Assert.StartsWith("BudgetPilot.Storage", allocator.State.GetType().FullName, StringComparison.Ordinal);
    }
}
