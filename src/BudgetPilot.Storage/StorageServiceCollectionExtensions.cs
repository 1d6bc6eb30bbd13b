using BudgetPilot.Core.Alerts;
using BudgetPilot.Core.Allocation;
using BudgetPilot.Core.Approvals;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Metrics;
using BudgetPilot.Core.Notifications;
using BudgetPilot.Core.Sharing;
using BudgetPilot.Storage.Alerts;
using BudgetPilot.Storage.Allocation;
using BudgetPilot.Storage.Approvals;
using BudgetPilot.Storage.Audit;
using BudgetPilot.Storage.Campaigns;
using BudgetPilot.Storage.Cycle;
using BudgetPilot.Storage.Database;
using BudgetPilot.Storage.Metrics;
using BudgetPilot.Storage.Notifications;
using BudgetPilot.Storage.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BudgetPilot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers every store port as a singleton over a context factory, so they work outside any
    /// HTTP scope (hosted scheduler, CLI). Call <see cref="MigrateBudgetPilotStorageAsync"/> once at start.
    /// </summary>
    public static IServiceCollection AddBudgetPilotStorage(this IServiceCollection services, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        services.AddSingleton(options);
        services.AddSingleton<IDbContextFactory<BudgetPilotDbContext>>(_ => new BudgetPilotDbContextFactory(options));
        services.AddSingleton(sp => new StorageMigrator(sp.GetRequiredService<IDbContextFactory<BudgetPilotDbContext>>(), options));
        services.AddSingleton<ICampaignStore, CampaignStore>();
        services.AddSingleton<IMetricStore, MetricStore>();
        services.AddSingleton<IAlertStore, AlertStore>();
        services.AddSingleton<IApprovalStore, ApprovalStore>();
        services.AddSingleton<IGracePeriodStore, GracePeriodStore>();
        services.AddSingleton<IAuditLog, AuditLog>();
        services.AddSingleton<ICycleLog, CycleLog>();
        services.AddSingleton<INotificationOutbox, NotificationOutbox>();
        services.AddSingleton<IShareStore, ShareStore>();

        // Hosts without logging (tests, tools) still get the store; its errors then go nowhere but the cycle's caveats.
        services.AddSingleton<IAllocatorStateStore>(sp => new AllocatorStateStore(
            sp.GetRequiredService<IDbContextFactory<BudgetPilotDbContext>>(),
            sp.GetService<ILogger<AllocatorStateStore>>() ?? NullLogger<AllocatorStateStore>.Instance));
        return services;
    }

    /// <summary>Applies the provider's pending migrations (creating the SQLite folder or the PostgreSQL database if missing).</summary>
    public static Task MigrateBudgetPilotStorageAsync(this IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<StorageMigrator>().MigrateAsync(cancellationToken);
}
