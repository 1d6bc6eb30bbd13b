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

    /// <summary>
    /// Entries matching <paramref name="query"/>, newest first (by time, then by sequence), skipping <paramref name="skip"/> and at most
    /// <paramref name="take"/> of them, with the number that match. Stores that can filter and count where the
    /// entries live should: this default reads the whole time range.
    /// </summary>
    async Task<AuditSlice> PageAsync(AuditQuery query, int skip, int take, CancellationToken cancellationToken)
    {
        var entries = await ListAsync(query.WorkspaceId, query.From, query.To, cancellationToken);
        var matching = entries.Where(query.Matches).OrderByDescending(e => e.At).ThenByDescending(e => e.Sequence).ToList();
        return new AuditSlice([.. matching.Skip(skip).Take(take)], matching.Count);
    }
}
