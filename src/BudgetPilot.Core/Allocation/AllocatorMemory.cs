using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;

namespace BudgetPilot.Core.Allocation;

/// <summary>
/// What the allocator remembers between decisions of one workspace: each campaign's daily points for
/// longer than the analysis's week (curves need spread in spend), the value each day showed at each age
/// (to learn how late conversions arrive), and the learned <see cref="ConversionMaturity"/>. It lives only
/// for one decision: loaded from the <see cref="IAllocatorStateStore"/> (the database in the app), observed,
/// decided on, and saved back as <see cref="Changes"/> — so a restart or another node continues exactly
/// where the last decision left off.
/// </summary>
internal sealed class AllocatorMemory
{
    private readonly Dictionary<CampaignId, SortedDictionary<DateOnly, DayRecord>> days = [];
    private readonly HashSet<(CampaignId Campaign, DateOnly Date)> changed = [];

    private AllocatorMemory(ConversionMaturity maturity, DateOnly? lastDecided)
    {
        Maturity = maturity;
        LastDecided = lastDecided;
    }

    public ConversionMaturity Maturity { get; }

    public DateOnly? LastDecided { get; set; }

    public static AllocatorMemory Empty() => new(new ConversionMaturity(), null);

    /// <summary>The memory a stored state describes; the caller has checked <see cref="AllocatorState.Problem"/>.</summary>
    public static AllocatorMemory From(AllocatorState state)
    {
        var memory = new AllocatorMemory(ConversionMaturity.From(state.Maturity), state.LastDecided);
        foreach (var d in state.Days)
        {
            if (!memory.days.TryGetValue(d.Campaign, out var byDate))
            {
                byDate = [];
                memory.days[d.Campaign] = byDate;
            }

            var record = new DayRecord { Spend = d.Spend, Value = d.Value, Conversions = d.Conversions, Learned = d.Learned };
            for (var age = 1; age <= AllocatorDay.Ages; age++)
            {
                record.ValueAtAge[age] = d.ValueAtAge[age - 1];
            }

            byDate[d.Date] = record;
        }

        return memory;
    }

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

            var before = record.Snapshot();
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

            if (!record.Same(before))
            {
                changed.Add((analysis.Campaign.Id, point.Date));
            }
        }

        var cutoff = today.AddDays(-keepDays);
        while (byDate.Count > 0 && byDate.Keys.First() < cutoff)
        {
            changed.Remove((analysis.Campaign.Id, byDate.Keys.First()));
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

    /// <summary>
    /// What to write back after deciding on <paramref name="today"/>: only the days observed differently from
    /// what was loaded (about a week per campaign), or every day when <paramref name="replace"/> is set.
    /// </summary>
    public AllocatorStateChanges Changes(DateOnly today, int keepDays, bool replace, DateTimeOffset at)
    {
        var keepFrom = today.AddDays(-keepDays);
        var rows = new List<AllocatorDay>(replace ? days.Sum(d => d.Value.Count) : changed.Count);
        foreach (var (campaign, byDate) in days.OrderBy(d => d.Key))
        {
            foreach (var (date, r) in byDate)
            {
                if (date >= keepFrom && (replace || changed.Contains((campaign, date))))
                {
                    rows.Add(new AllocatorDay(campaign, date, r.Spend, r.Value, r.Conversions, r.ValueAtAge[1..], r.Learned));
                }
            }
        }

        return new AllocatorStateChanges(LastDecided ?? today, Maturity.Statistics, rows, keepFrom, replace, at);
    }

    private sealed class DayRecord
    {
        public double Spend { get; set; }

        public double Value { get; set; }

        public double Conversions { get; set; }

        public bool Learned { get; set; }

        public double[] ValueAtAge { get; } = [-1, -1, -1, -1, -1, -1, -1, -1];

        public (double Spend, double Value, double Conversions, bool Learned, double[] ValueAtAge) Snapshot() =>
            (Spend, Value, Conversions, Learned, (double[])ValueAtAge.Clone());

        public bool Same((double Spend, double Value, double Conversions, bool Learned, double[] ValueAtAge) s) =>
            Spend.Equals(s.Spend) && Value.Equals(s.Value) && Conversions.Equals(s.Conversions) && Learned == s.Learned
            && ValueAtAge.AsSpan().SequenceEqual(s.ValueAtAge);
    }
}
