using System.Collections.Concurrent;

namespace BudgetPilot.Storage.Tests.Databases;

/// <summary>
/// One migrated database per provider for a whole test class. Tests share it, so each uses its own
/// workspace id (<see cref="NewWorkspace"/>) and never sees another test's rows.
/// </summary>
public sealed class DatabaseFixture : IAsyncDisposable
{
    private readonly ConcurrentDictionary<StorageProvider, Lazy<Task<TestDatabase>>> databases = new();

    public static string NewWorkspace() => $"ws-{Guid.NewGuid():N}";

    public Task<TestDatabase> OpenAsync(StorageProvider provider)
    {
        if (provider == StorageProvider.PostgreSql)
        {
            PostgresServer.ConnectionStringOrSkip();
        }

        return databases.GetOrAdd(provider, p => new Lazy<Task<TestDatabase>>(() => TestDatabase.CreateMigratedAsync(p))).Value;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var database in databases.Values.Where(d => d.IsValueCreated))
        {
            if (database.Value.IsCompletedSuccessfully)
            {
                await (await database.Value).DisposeAsync();
            }
        }
    }
}
