using Microsoft.EntityFrameworkCore.Design;

namespace BudgetPilot.Storage.Database;

/// <summary>For <c>dotnet ef migrations add</c> only: generating a migration never connects, so the connection string is a placeholder.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresBudgetPilotDbContext>
{
    public PostgresBudgetPilotDbContext CreateDbContext(string[] args) =>
        new(PostgresBudgetPilotDbContext.Options("Host=localhost;Database=budgetpilot_design"));
}
