using BudgetPilot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace BudgetPilot.Storage.Tests.Databases;

public sealed class MigrationTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task Migrate_EmptyDatabase_AppliesEveryMigrationAndIsRepeatable(StorageProvider provider)
    {
        await using var database = TestDatabase.CreateEmpty(provider);

        await database.MigrateAsync();
        await database.MigrateAsync();

        await using var db = database.CreateContext();
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(Token));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Token));
        Assert.Contains(db.Database.GetMigrations(), m => m.EndsWith("_AuditAppendOnly", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public void Model_ComparedWithMigrations_HasNoPendingChanges(StorageProvider provider)
    {
        // Comparing the model with the last snapshot needs no server, so this runs for PostgreSQL everywhere.
        using BudgetPilotDbContext db = provider switch
        {
            StorageProvider.Sqlite => new SqliteBudgetPilotDbContext(SqliteBudgetPilotDbContext.Options("Data Source=:memory:")),
            StorageProvider.PostgreSql => new PostgresBudgetPilotDbContext(PostgresBudgetPilotDbContext.Options("Host=localhost;Database=unused")),
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        };

        Assert.False(db.Database.HasPendingModelChanges(), $"The model differs from the {provider} migrations: run `dotnet ef migrations add` for {db.GetType().Name}.");
    }
}
