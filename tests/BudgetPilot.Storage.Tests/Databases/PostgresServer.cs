namespace BudgetPilot.Storage.Tests.Databases;

/// <summary>The server the PostgreSQL runs use: <c>scripts/postgres.sh start</c> provides it.</summary>
public static class PostgresServer
{
    public const string Variable = "BUDGETPILOT_TEST_POSTGRES";

    /// <summary>The server's connection string; without one the test fails in CI and is skipped elsewhere.</summary>
    public static string ConnectionStringOrSkip()
    {
        var connectionString = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return connectionString;
        }

        const string why = $"{Variable} is not set. Run `scripts/postgres.sh start && source /tmp/budgetpilot-postgres/env` first.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"PostgreSQL tests cannot be skipped in CI (CI=true): {why}");
        }

        Assert.Skip(why);
        return "";
    }
}
