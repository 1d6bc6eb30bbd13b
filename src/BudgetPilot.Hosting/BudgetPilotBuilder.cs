using BudgetPilot.Core.Cycle;
using BudgetPilot.Hosting.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetPilot.Hosting;

/// <summary>
/// The seams of <see cref="BudgetPilotServiceCollectionExtensions.AddBudgetPilot"/>: what a host plugs in
/// (the cycle, the storage) without the composition root knowing those projects yet.
/// </summary>
public sealed class BudgetPilotBuilder(IServiceCollection services, BudgetPilotConfig config)
{
    public IServiceCollection Services { get; } = services;

    public BudgetPilotConfig Config { get; } = config;

    internal Func<IServiceProvider, ICycleRunner>? CycleRunnerFactory { get; private set; }

    internal Action<IServiceCollection, StorageSection>? StorageRegistration { get; private set; }

    /// <summary>
    /// How one cycle runner is made. Resolved once per cycle inside a fresh DI scope, so it may depend on scoped
    /// services (a DbContext) and must keep no state between cycles.
    /// </summary>
    public BudgetPilotBuilder UseCycleRunner(Func<IServiceProvider, ICycleRunner> factory)
    {
        CycleRunnerFactory = factory;
        return this;
    }

    /// <summary>Registers the store ports (ICampaignStore, IMetricStore, IAuditLog, ICycleLog, ...) for <see cref="Config"/>'s storage.</summary>
    public BudgetPilotBuilder UseStorage(Action<IServiceCollection, StorageSection> register)
    {
        StorageRegistration = register;
        return this;
    }
}
