using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;

namespace BudgetPilot.Core.Allocation;

/// <summary>
/// What the allocator remembers between decisions of one workspace: each campaign's daily points for
/// longer than the analysis's week (curves need spread in spend), the value each day showed at each age
/// (to learn how late conversions arrive), and the learned <see cref="ConversionMaturity"/>. In memory
/// only; a restart starts from the week the analysis shows.
/// </summary>
internal sealed class AllocatorMemory
{
    private readonly Dictionary<CampaignId, SortedDictionary<DateOnly, DayRecord>> days = [];

    public ConversionMaturity Maturity { get; } = new();

    public DateOnly? LastDecided { get; set; }

    public void Observe(CampaignAnalysis analysis, DateOnly today, int keepDays)
    {
        if (!days.TryGetValue(analysis.Campaign.Id, out var byDate))
        {
            byDate = [];
            days[analysis.Campaign.Id] = byDate;
        }

        foreach (var point in analysis.Days)
        {
            var age = today.DayNumber - point.Date.DayNumber;
            if (age < 1)
            {
                continue;
            }

            if (!byDate.TryGetValue(point.Date, out var record))
            {
                record = new DayRecord();
                byDate[point.Date] = record;
            }

            record.Spend = (double)point.Kpis.Spend;
            record.Value = (double)point.Kpis.Value;
            record.Conversions = (double)point.Kpis.Conversions;
            if (age < record.ValueAtAge.Length)
            {
                record.ValueAtAge[age] = record.Value;
            }

            if (age >= ConversionMaturity.MatureAge && !record.Learned)
            {
                Maturity.Learn(record.ValueAtAge, record.Value);
                record.Learned = true;
            }
        }

        var cutoff = today.AddDays(-keepDays);
        while (byDate.Count > 0 && byDate.Keys.First() < cutoff)
        {
            byDate.Remove(byDate.Keys.First());
        }
    }

    /// <summary>The campaign's remembered days in date order, each with its expected completeness today.</summary>
    public ObservedDay[] Days(CampaignId campaign, DateOnly today)
    {
        if (!days.TryGetValue(campaign, out var byDate))
        {
            return [];
        }

        var result = new ObservedDay[byDate.Count];
        var i = 0;
        foreach (var (date, r) in byDate)
        {
            result[i++] = new ObservedDay(date, r.Spend, r.Value, r.Conversions, Maturity.Completeness(today.DayNumber - date.DayNumber));
        }

        return result;
    }

    private sealed class DayRecord
    {
        public double Spend { get; set; }

        public double Value { get; set; }

        public double Conversions { get; set; }

        public bool Learned { get; set; }

        public double[] ValueAtAge { get; } = [-1, -1, -1, -1, -1, -1, -1, -1];
    }
}
