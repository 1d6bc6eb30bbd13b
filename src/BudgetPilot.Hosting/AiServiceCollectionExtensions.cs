using BudgetPilot.Ai;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Hosting.Configuration;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BudgetPilot.Hosting;

/// <summary>The LLM and what became of it: the client when one is configured and keyed, else why there is none.</summary>
public sealed record AiConnection(AiOptions Options, IChatClient? Client, string? Reason)
{
    public bool Connected => Client is not null;
}

public static class AiServiceCollectionExtensions
{
    /// <summary>
    /// Adds the LLM engine after whatever engines are registered, leaving their selection alone: it wraps the
    /// registered engine list and appends itself, with those engines' proposals as its candidates. Without a
    /// provider or a key nothing changes but an <see cref="AiConnection"/> saying why.
    /// </summary>
    public static IServiceCollection AddBudgetPilotAi(this IServiceCollection services, BudgetPilotConfig config, Func<string, string?>? environment = null)
    {
        var (client, reason) = AiClients.Create(config.Ai, environment ?? Environment.GetEnvironmentVariable);
        var connection = new AiConnection(config.Ai, client, reason);
        services.AddSingleton(connection);
        if (client is null)
        {
            return services;
        }

        services.AddSingleton(sp => new LlmChat(client, config.Ai, sp.GetRequiredService<TimeProvider>(), sp.GetService<ILogger<LlmChat>>()));
        var original = services.LastOrDefault(d => d.ServiceType == typeof(IReadOnlyList<IDecisionEngine>));
        if (original is null)
        {
            return services;
        }

        services.Remove(original);
        services.Add(new ServiceDescriptor(typeof(IReadOnlyList<IDecisionEngine>), sp =>
        {
            var inner = (IReadOnlyList<IDecisionEngine>)(original.ImplementationInstance
                ?? original.ImplementationFactory?.Invoke(sp)
                ?? ActivatorUtilities.CreateInstance(sp, original.ImplementationType!));
            var llm = new LlmDecisionEngine(client, config.Ai, inner, sp.GetRequiredService<TimeProvider>(), sp.GetService<ICycleLog>(), sp.GetService<ILogger<LlmDecisionEngine>>());
            return (IReadOnlyList<IDecisionEngine>)[.. inner, llm];
        }, original.Lifetime));
        return services;
    }
}
