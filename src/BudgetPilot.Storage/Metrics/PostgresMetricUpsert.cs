using BudgetPilot.Core.Metrics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace BudgetPilot.Storage.Metrics;

/// <summary>
/// PostgreSQL takes a whole batch as nine arrays in one statement (<c>unnest</c>): one round trip and
/// one plan per batch instead of one per row, and no parameter-count limit per row.
/// </summary>
internal static class PostgresMetricUpsert
{
    private const string Sql = """
        INSERT INTO metric_samples (workspace_id, campaign_id, hour, spend, impressions, clicks, conversions, conversion_value, impression_share)
        SELECT @w, t.c, t.h, t.s, t.i, t.k, t.v, t.cv, t.isr
        FROM unnest(@c, @h, @s, @i, @k, @v, @cv, @isr) AS t(c, h, s, i, k, v, cv, isr)
        ON CONFLICT (workspace_id, campaign_id, hour) DO UPDATE SET
            spend = excluded.spend, impressions = excluded.impressions, clicks = excluded.clicks,
            conversions = excluded.conversions, conversion_value = excluded.conversion_value,
            impression_share = excluded.impression_share
        """;

    public static async Task RunAsync(DbContext db, string workspaceId, IReadOnlyList<MetricSample> samples, int batchSize, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            foreach (var chunk in samples.Chunk(batchSize))
            {
                await using var command = new NpgsqlCommand(Sql, connection, transaction);
                command.Parameters.Add(new NpgsqlParameter<string>("w", workspaceId));
                command.Parameters.Add(Array("c", NpgsqlDbType.Text, chunk.Select(s => s.CampaignId.ToString())));
                command.Parameters.Add(Array("h", NpgsqlDbType.Bigint, chunk.Select(s => s.Hour.UtcTicks)));
                command.Parameters.Add(Array("s", NpgsqlDbType.Numeric, chunk.Select(s => s.Spend)));
                command.Parameters.Add(Array("i", NpgsqlDbType.Bigint, chunk.Select(s => s.Impressions)));
                command.Parameters.Add(Array("k", NpgsqlDbType.Bigint, chunk.Select(s => s.Clicks)));
                command.Parameters.Add(Array("v", NpgsqlDbType.Numeric, chunk.Select(s => s.Conversions)));
                command.Parameters.Add(Array("cv", NpgsqlDbType.Numeric, chunk.Select(s => s.ConversionValue)));
                command.Parameters.Add(Array("isr", NpgsqlDbType.Double, chunk.Select(s => s.ImpressionShare)));
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static NpgsqlParameter Array<T>(string name, NpgsqlDbType type, IEnumerable<T> values) =>
        new(name, NpgsqlDbType.Array | type) { Value = values.ToArray() };
}
