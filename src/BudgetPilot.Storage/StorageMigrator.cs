using BudgetPilot.Storage.Database;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BudgetPilot.Storage;

/// <summary>Brings the database to the latest migration of its provider. Safe to run on every start and from several nodes.</summary>
public sealed class StorageMigrator
{
    private readonly IDbContextFactory<BudgetPilotDbContext> contexts;
    private readonly StorageOptions options;

    internal StorageMigrator(IDbContextFactory<BudgetPilotDbContext> contexts, StorageOptions options)
    {
        this.contexts = contexts;
        this.options = options;
    }

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (options.Provider == StorageProvider.Sqlite)
        {
            CreateSqliteFolder(options.ConnectionString);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        if (options.Provider == StorageProvider.Sqlite)
        {
            // WAL lets the dashboard read while a cycle writes; the mode is kept in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    private static void CreateSqliteFolder(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
