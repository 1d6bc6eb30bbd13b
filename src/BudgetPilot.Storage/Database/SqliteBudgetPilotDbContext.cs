using Microsoft.EntityFrameworkCore;

namespace BudgetPilot.Storage.Database;

/// <summary>The model on SQLite; owns Migrations/Sqlite.</summary>
public sealed class SqliteBudgetPilotDbContext(DbContextOptions<SqliteBudgetPilotDbContext> options) : BudgetPilotDbContext(options)
{
    public static DbContextOptions<SqliteBudgetPilotDbContext> Options(string connectionString) =>
        new DbContextOptionsBuilder<SqliteBudgetPilotDbContext>()
            .UseSqlite(connectionString)
            .Options;
}
