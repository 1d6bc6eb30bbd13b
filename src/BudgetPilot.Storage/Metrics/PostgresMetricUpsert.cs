using BudgetPilot.Core.Metrics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace BudgetPilot.Storage.Metrics;

/// <summary>
/// PostgreSQL's fastest path: binary COPY into a temporary table, then one set-based
/// INSERT ... ON CONFLICT DO UPDATE from it, all in one transaction.
/// </summary>
internal static class PostgresMetricUpsert
{
    private const string Columns = "workspace_id, campaign_id, hour, spend, impressions, clicks, conversions, conversion_value, impression_share, " + MetricSampleRow.ConversionColumns;

    private static readonly NpgsqlDbType[] ConversionTypes =
        [NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Numeric, NpgsqlDbType.Varchar, NpgsqlDbType.Date, NpgsqlDbType.Numeric, NpgsqlDbType.Numeric];

    private const string Merge = $"""
        INSERT INTO metric_samples ({Columns})
        SELECT {Columns} FROM metric_import
        ON CONFLICT (workspace_id, campaign_id, hour) DO UPDATE SET
            spend = excluded.spend, impressions = excluded.impressions, clicks = excluded.clicks,
            conversions = excluded.conversions, conversion_value = excluded.conversion_value,
            impression_share = excluded.impression_share,
            currency_from = excluded.currency_from, currency_to = excluded.currency_to, currency_rate = excluded.currency_rate,
            currency_rate_source = excluded.currency_rate_source, currency_rate_as_of = excluded.currency_rate_as_of,
            reported_spend = excluded.reported_spend, reported_conversion_value = excluded.reported_conversion_value
        """;

    public static async Task RunAsync(DbContext db, string workspaceId, IReadOnlyList<MetricSample> samples, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using (var create = new NpgsqlCommand("CREATE TEMP TABLE metric_import (LIKE metric_samples) ON COMMIT DROP", connection, transaction))
            {
                await create.ExecuteNonQueryAsync(cancellationToken);
            }

            await using (var import = await connection.BeginBinaryImportAsync($"COPY metric_import ({Columns}) FROM STDIN (FORMAT BINARY)", cancellationToken))
            {
                foreach (var sample in samples)
                {
                    await import.StartRowAsync(cancellationToken);
                    await import.WriteAsync(workspaceId, NpgsqlDbType.Varchar, cancellationToken);
                    await import.WriteAsync(sample.CampaignId.ToString(), NpgsqlDbType.Varchar, cancellationToken);
                    await import.WriteAsync(sample.Hour.UtcTicks, NpgsqlDbType.Bigint, cancellationToken);
                    await import.WriteAsync(sample.Spend, NpgsqlDbType.Numeric, cancellationToken);
                    await import.WriteAsync(sample.Impressions, NpgsqlDbType.Bigint, cancellationToken);
                    await import.WriteAsync(sample.Clicks, NpgsqlDbType.Bigint, cancellationToken);
                    await import.WriteAsync(sample.Conversions, NpgsqlDbType.Numeric, cancellationToken);
                    await import.WriteAsync(sample.ConversionValue, NpgsqlDbType.Numeric, cancellationToken);
                    if (sample.ImpressionShare is { } share)
                    {
                        await import.WriteAsync(share, NpgsqlDbType.Double, cancellationToken);
                    }
                    else
                    {
                        await import.WriteNullAsync(cancellationToken);
                    }

                    var conversion = MetricSampleRow.ConversionValues(sample);
                    for (var x = 0; x < conversion.Length; x++)
                    {
                        if (conversion[x] is { } value)
                        {
                            await import.WriteAsync(value, ConversionTypes[x], cancellationToken);
                        }
                        else
                        {
                            await import.WriteNullAsync(cancellationToken);
                        }
                    }
                }

                await import.CompleteAsync(cancellationToken);
            }

            await using (var merge = new NpgsqlCommand(Merge, connection, transaction))
            {
                await merge.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
