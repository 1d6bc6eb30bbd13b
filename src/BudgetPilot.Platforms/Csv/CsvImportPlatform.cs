using System.Globalization;
using BudgetPilot.Core;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Execution;
using BudgetPilot.Platforms.Currency;
using BudgetPilot.Platforms.Rows;

namespace BudgetPilot.Platforms.Csv;

/// <summary>
/// An account without API access: its Google Ads or Meta report exports (*.csv in a folder) stand in for
/// the API. Read-only: every change is refused with a reason, so nothing is ever "applied" to an export.
/// </summary>
public sealed class CsvImportPlatform(Platform platform, string folder, string workspaceCurrency, CurrencyRates rates, TimeZoneInfo zone, string? accountCurrency, TimeProvider time) : IAdPlatform
{
    private readonly AccountMoney money = new(platform, workspaceCurrency, rates, time);

    public Platform Platform => platform;

    public Task<IReadOnlyList<Campaign>> GetCampaignsAsync(CancellationToken cancellationToken)
    {
        var lines = Read().SelectMany(r => r.Lines).ToList();
        IReadOnlyList<Campaign> campaigns = [.. lines.GroupBy(l => l.CampaignId).Select(g =>
        {
            var last = g.MaxBy(l => l.Day)!;
            CurrencyConversion? conversion = null;
            var budget = decimal.TryParse(last.Budget, NumberStyles.Float, CultureInfo.InvariantCulture, out var b) && last.Currency is { } c && money.TryConvert(c, out conversion)
                ? b * (conversion?.Rate ?? 1m)
                : 0m;
            var start = g.Min(l => l.Day).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
            return new Campaign(new CampaignId(platform, g.Key), last.Name, CampaignStatus.Active, Math.Round(budget, 2),
                new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(start, zone), TimeSpan.Zero))
            {
                ReportedBudget = conversion is null ? null : new ReportedBudget(b, conversion),
            };
        }).OrderBy(c => c.Id)];
        return Task.FromResult(campaigns);
    }

    public Task<MetricsBatch> GetMetricsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var files = Read();
        var batch = SampleGate.Check(platform, files.SelectMany(f => f.Samples), money, from, to);
        var unreadable = files.Where(f => f.Problem is not null).Select(f => new RejectedRow(platform.Key(), f.File, f.Problem!)).ToList();
        return Task.FromResult(unreadable.Count == 0 ? batch : batch with { Rejected = [.. batch.Rejected, .. unreadable] });
    }

    public async Task<Campaign?> GetCampaignAsync(CampaignId id, CancellationToken cancellationToken) =>
        (await GetCampaignsAsync(cancellationToken)).FirstOrDefault(c => c.Id == id);

    public Task<Campaign> ApplyAsync(CampaignChange change, string idempotencyKey, CancellationToken cancellationToken) =>
        throw new PlatformException(platform, $"this account is imported from CSV exports ({folder}); make the change in the platform itself.", transient: false);

    private List<(string File, IReadOnlyList<RawSample> Samples, IReadOnlyList<ReportExport.Line> Lines, string? Problem)> Read()
    {
        if (!Directory.Exists(folder))
        {
            throw new PlatformException(platform, $"the CSV import folder '{folder}' does not exist.", transient: false);
        }

        return [.. Directory.EnumerateFiles(folder, "*.csv").Order(StringComparer.Ordinal).Select(file =>
        {
            var (samples, lines, problem) = ReportExport.Read(File.ReadAllText(file), zone, accountCurrency);
            return (Path.GetFileName(file), samples, lines, problem);
        })];
    }
}
