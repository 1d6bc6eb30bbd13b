namespace BudgetPilot.Storage;

/// <summary>The database behind the stores. Configuration binds it case-insensitively (<c>sqlite</c>, <c>postgresql</c>).</summary>
public enum StorageProvider
{
    Sqlite,
    PostgreSql,
}
