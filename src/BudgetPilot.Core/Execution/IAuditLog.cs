namespace BudgetPilot.Core.Execution;

/// <summary>Append-only. Nothing is ever updated or deleted; the log assigns <see cref="AuditEntry.Sequence"/>.</summary>
public interface IAuditLog
{
    Task<AuditEntry> AppendAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>Entries at or after <paramref name="from"/> and before <paramref name="to"/>, in sequence order.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAsync(string workspaceId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Intents with no outcome under the same idempotency key: actions interrupted mid-flight.</summary>
    Task<IReadOnlyList<AuditEntry>> ListUnfinishedIntentsAsync(string workspaceId, CancellationToken cancellationToken);

    /// <summary>The outcome recorded under a key, if any.</summary>
    Task<AuditEntry?> FindOutcomeAsync(string idempotencyKey, CancellationToken cancellationToken);
}
