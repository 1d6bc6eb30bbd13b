using BudgetPilot.Storage;

namespace BudgetPilot.Hosting.Configuration;

/// <summary>The <c>storage</c> section: which database and how to reach it.</summary>
public sealed record StorageSection(StorageProvider Provider, string ConnectionString)
{
    public static StorageSection Default { get; } = new(StorageProvider.Sqlite, "Data Source=data/budgetpilot.db");

    // A PostgreSQL connection string carries a password: keep it out of logs.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append($"Provider = {Provider}, ConnectionString = ***");
        return true;
    }
}
