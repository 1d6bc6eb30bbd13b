using BudgetPilot.Storage;
using Microsoft.Extensions.Hosting;

namespace BudgetPilot.Hosting;

/// <summary>Applies the database migrations when the host starts, before the scheduler's first cycle.</summary>
internal sealed class StorageMigration(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => services.MigrateBudgetPilotStorageAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
