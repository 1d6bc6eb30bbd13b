using BudgetPilot.Core.Alerts;
using BudgetPilot.Core.Allocation;
using BudgetPilot.Core.Approvals;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Metrics;
using BudgetPilot.Core.Settings;
using BudgetPilot.Hosting.Configuration;
using BudgetPilot.Hosting.Cycles;
using BudgetPilot.Hosting.Scheduling;
using BudgetPilot.Hosting.Simulated;
using BudgetPilot.Storage;
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

        if (builder.StorageRegistration is { } storage)
        {
            storage(services, config.Storage);
        }
        else
        {
            services.AddBudgetPilotStorage(new StorageOptions { Provider = config.Storage.Provider, ConnectionString = config.Storage.ConnectionString });
            services.AddHostedService<StorageMigration>();
        }

        services.TryAddSingleton(sp => new Stores(
            sp.GetRequiredService<ICampaignStore>(), sp.GetRequiredService<IMetricStore>(), sp.GetRequiredService<IAlertStore>(),
            sp.GetRequiredService<IApprovalStore>(), sp.GetRequiredService<IGracePeriodStore>(), sp.GetRequiredService<IAuditLog>(), sp.GetRequiredService<ICycleLog>()));
        AddPlatforms(services, config);
        // The allocator keeps its memory in the database (IAllocatorStateStore), so any node can run the next cycle.
        services.TryAddSingleton(sp => DecisionPolicies.Engines(config.Policy, config.Allocator, sp.GetService<IAllocatorStateStore>()));
        services.TryAddSingleton(sp => new Executor(
            sp.GetRequiredService<IAuditLog>(),
            sp.GetRequiredService<ICampaignStore>(),
            sp.GetRequiredService<IReadOnlyList<IAdPlatform>>().ToDictionary(p => p.Platform),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new WorkspaceContext(
            config.Workspace, config.Settings, sp.GetRequiredService<Stores>(), sp.GetRequiredService<Executor>(), sp.GetRequiredService<TimeProvider>()));

        var factory = builder.CycleRunnerFactory ?? (sp => new LiveCycleRunner(
            sp.GetRequiredService<WorkspaceContext>(),
            sp.GetRequiredService<IReadOnlyList<IAdPlatform>>(),
            sp.GetRequiredService<IReadOnlyList<IDecisionEngine>>(),
            sp.GetService<LiveMarket>()));
        services.AddScoped(factory);
        services.AddBudgetPilotAi(config);
        services.AddBudgetPilotNotifications(config);
        return services;
    }

    private static void AddPlatforms(IServiceCollection services, BudgetPilotConfig config)
    {
        if (config.Platforms.TryGetValue(PlatformSection.SimulatedKey, out var simulated) && simulated.Enabled)
        {
            services.TryAddSingleton(sp => new LiveMarket(simulated, config.Workspace, sp.GetRequiredService<TimeProvider>()));
        }

        var real = RealPlatforms.Add(services, config);
        services.TryAddSingleton<IReadOnlyList<IAdPlatform>>(sp =>
            [.. sp.GetService<LiveMarket>() is { } market ? market.Platforms : [], .. real.Select(resolve => resolve(sp))]);
    }

    /// <summary>The hosted scheduler; it honours <c>scheduler.enabled</c>, so it is safe to add on every node.</summary>
    public static IServiceCollection AddCycleScheduler(this IServiceCollection services)
    {
        services.TryAddSingleton<CycleStatus>();
        services.AddHostedService<CycleScheduler>();
        services.AddNotificationLoops();
        return services;
    }
}
