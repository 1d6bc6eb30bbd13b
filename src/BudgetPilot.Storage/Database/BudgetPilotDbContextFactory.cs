using Microsoft.EntityFrameworkCore;

namespace BudgetPilot.Storage.Database;

/// <summary>
/// Hands out short-lived contexts of the configured provider, so a store is a singleton usable from a
/// hosted service, a CLI or a request alike; the options are built once.
/// </summary>
internal sealed class BudgetPilotDbContextFactory : IDbContextFactory<BudgetPilotDbContext>
{
    private readonly Func<BudgetPilotDbContext> create;

    public BudgetPilotDbContextFactory(StorageOptions options)
    {
        switch (options.Provider)
        {
            case StorageProvider.Sqlite:
                var sqlite = SqliteBudgetPilotDbContext.Options(options.ConnectionString);
                create = () => new SqliteBudgetPilotDbContext(sqlite);
                break;
            case StorageProvider.PostgreSql:
                var postgres = PostgresBudgetPilotDbContext.Options(options.ConnectionString);
                create = () => new PostgresBudgetPilotDbContext(postgres);
                break;
            default:
                throw new InvalidOperationException($"Storage provider {options.Provider} is not supported.");
        }
    }

    public BudgetPilotDbContext CreateDbContext() => create();
}
