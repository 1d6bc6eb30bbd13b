using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Settings;
using BudgetPilot.Hosting.Configuration;
using BudgetPilot.Hosting.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BudgetPilot.Hosting;

public static class BudgetPilotServiceCollectionExtensions
{
    /// <summary>
    /// The one composition root of Web and CLI: the configuration, the workspace and its settings, the clock,
    /// the cycle runner and the storage. Hosts that run cycles on a timer also call <see cref="AddCycleScheduler"/>.
    /// </summary>
    public static IServiceCollection AddBudgetPilot(this IServiceCollection services, BudgetPilotConfig config, Action<BudgetPilotBuilder>? configure = null)
    {
        var builder = new BudgetPilotBuilder(services, config);
        configure?.Invoke(builder);

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(config);
        services.AddSingleton<Workspace>(config.Workspace);
        services.AddSingleton<WorkspaceSettings>(config.Settings);
        services.AddSingleton(config.Storage);
        services.AddSingleton(config.Scheduler);

        // Merge point: once BudgetPilot.Storage lands, the default becomes services.AddBudgetPilotStorage(config.Storage).
        builder.StorageRegistration?.Invoke(services, config.Storage);

        // Merge point: once Core's OptimizationCycle lands, it becomes the default runner here.
        var factory = builder.CycleRunnerFactory ?? (_ => new UnwiredCycleRunner());
        services.AddScoped(factory);
        return services;
    }

    /// <summary>The hosted scheduler; it honours <c>scheduler.enabled</c>, so it is safe to add on every node.</summary>
    public static IServiceCollection AddCycleScheduler(this IServiceCollection services)
    {
        services.TryAddSingleton<CycleStatus>();
        services.AddHostedService<CycleScheduler>();
        return services;
    }
}
