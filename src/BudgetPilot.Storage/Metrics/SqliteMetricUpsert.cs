using System.Data.Common;
using BudgetPilot.Core.Metrics;
using Microsoft.EntityFrameworkCore;

namespace BudgetPilot.Storage.Metrics;

/// <summary>
/// SQLite's fast path: one transaction (one fsync per call) and one prepared single-row statement
/// re-run per sample. Multi-row VALUES measured slower here: Microsoft.Data.Sqlite binds each named
/// parameter by a linear search over the statement's parameters.
/// </summary>
internal static class SqliteMetricUpsert
{
    private const string Sql = $"""
        INSERT INTO metric_samples (workspace_id, campaign_id, hour, spend, impressions, clicks, conversions, conversion_value, impression_share,
            {MetricSampleRow.ConversionColumns})
        VALUES ($w, $c, $h, $s, $i, $k, $v, $cv, $is, $x0, $x1, $x2, $x3, $x4, $x5, $x6)
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
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = Sql;
            var p = new[] { "$w", "$c", "$h", "$s", "$i", "$k", "$v", "$cv", "$is", "$x0", "$x1", "$x2", "$x3", "$x4", "$x5", "$x6" }.Select(name => Add(command, name)).ToArray();
            p[0].Value = workspaceId;
            await command.PrepareAsync(cancellationToken);
            foreach (var sample in samples)
            {
                cancellationToken.ThrowIfCancellationRequested();
                p[1].Value = sample.CampaignId.ToString();
                p[2].Value = sample.Hour.UtcTicks;
                p[3].Value = sample.Spend;
                p[4].Value = sample.Impressions;
                p[5].Value = sample.Clicks;
                p[6].Value = sample.Conversions;
                p[7].Value = sample.ConversionValue;
                p[8].Value = sample.ImpressionShare is { } share ? share : DBNull.Value;
                var conversion = MetricSampleRow.ConversionValues(sample);
                for (var x = 0; x < conversion.Length; x++)
                {
                    // EF stores DateOnly as yyyy-MM-dd text on SQLite; write the same form.
                    p[9 + x].Value = conversion[x] switch
                    {
                        null => DBNull.Value,
                        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                        var v => v,
                    };
                }

                // Microsoft.Data.Sqlite runs async commands synchronously anyway; the sync call skips a state machine per row.
                command.ExecuteNonQuery();
            }

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static DbParameter Add(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
