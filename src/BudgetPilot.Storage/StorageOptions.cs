namespace BudgetPilot.Storage;

/// <summary>Where BudgetPilot keeps its state. Binds from the <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>For SQLite, a relative <c>Data Source</c> is resolved against the working directory and its folder is created.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/budgetpilot.db";

    internal void Validate()
    {
        if (!Enum.IsDefined(Provider))
        {
            throw new InvalidOperationException($"Storage:Provider '{Provider}' is not supported; use sqlite or postgresql.");
        }

        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            throw new InvalidOperationException("Storage:ConnectionString is empty; set it to e.g. 'Data Source=data/budgetpilot.db' (sqlite) or 'Host=...;Database=...' (postgresql).");
        }
    }
}
