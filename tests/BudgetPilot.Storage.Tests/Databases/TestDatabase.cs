using BudgetPilot.Storage.Database;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace BudgetPilot.Storage.Tests.Databases;

/// <summary>A new, migrated database of one provider, reached through the real service registration.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? sqliteFolder;

    private TestDatabase(StorageProvider provider, StorageOptions options, string? sqliteFolder)
    {
        Provider = provider;
        Options = options;
        this.sqliteFolder = sqliteFolder;
        Services = new ServiceCollection().AddBudgetPilotStorage(options).BuildServiceProvider();
    }

    public StorageProvider Provider { get; }

    public StorageOptions Options { get; }

    public ServiceProvider Services { get; }

    /// <summary>A database with no tables yet; call <see cref="MigrateAsync"/> to build it.</summary>
    public static TestDatabase CreateEmpty(StorageProvider provider)
    {
        switch (provider)
        {
            case StorageProvider.Sqlite:
                // A folder that does not exist yet: migration must create it.
                var folder = Path.Combine(Path.GetTempPath(), $"budgetpilot-test-{Guid.NewGuid():N}");
                var path = Path.Combine(folder, "data", "budgetpilot.db");
                return new(provider, new StorageOptions { Provider = provider, ConnectionString = $"Data Source={path}" }, folder);
            case StorageProvider.PostgreSql:
                var server = new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionStringOrSkip())
                {
                    Database = $"bp_test_{Guid.NewGuid():N}",
                };
                return new(provider, new StorageOptions { Provider = provider, ConnectionString = server.ConnectionString }, null);
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, null);
        }
    }

    public static async Task<TestDatabase> CreateMigratedAsync(StorageProvider provider)
    {
        var database = CreateEmpty(provider);
        await database.MigrateAsync();
        return database;
    }

    public Task MigrateAsync() => Services.MigrateBudgetPilotStorageAsync(TestContext.Current.CancellationToken);

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public BudgetPilotDbContext CreateContext() => Get<IDbContextFactory<BudgetPilotDbContext>>().CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        if (Provider == StorageProvider.PostgreSql)
        {
            await using var db = CreateContext();
            await db.Database.EnsureDeletedAsync();
        }

        await Services.DisposeAsync();
        if (sqliteFolder is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(sqliteFolder, recursive: true);
        }
    }
}
