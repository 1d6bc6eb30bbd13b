namespace BudgetPilot.Hosting.Configuration;

public enum StorageProvider
{
    Sqlite,
    PostgreSql,
}
