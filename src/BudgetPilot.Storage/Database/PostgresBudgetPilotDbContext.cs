using Microsoft.EntityFrameworkCore;

namespace BudgetPilot.Storage.Database;

/// <summary>The model on PostgreSQL; owns Migrations/Postgres.</summary>
public sealed class PostgresBudgetPilotDbContext(DbContextOptions<PostgresBudgetPilotDbContext> options) : BudgetPilotDbContext(options)
{
    public static DbContextOptions<PostgresBudgetPilotDbContext> Options(string connectionString) =>
        new DbContextOptionsBuilder<PostgresBudgetPilotDbContext>()
            .UseNpgsql(connectionString)
            .Options;
}
