using Microsoft.EntityFrameworkCore.Design;

namespace BudgetPilot.Storage.Database;

/// <summary>For <c>dotnet ef migrations add</c> only: generating a migration never connects, so the connection string is a placeholder.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteBudgetPilotDbContext>
{
    public SqliteBudgetPilotDbContext CreateDbContext(string[] args) =>
        new(SqliteBudgetPilotDbContext.Options("Data Source=design-time.db"));
}
