using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Web.Campaigns;

namespace BudgetPilot.Web.Reading;

/// <summary>
/// What the dashboard shows of one workspace snapshot, computed once per snapshot instead of once per request:
/// every campaign's KPI row in name order, the rows by id, and the budget overview's totals.
/// </summary>
public sealed class CampaignBoard
{
    public CampaignBoard(WorkspaceSnapshot snapshot, DateTimeOffset analysedAt)
    {
        Snapshot = snapshot;
        AnalysedAt = analysedAt;
        var today = Kpis.Empty;
        var yesterday = Kpis.Empty;
        var lastWeek = Kpis.Empty;
        var rows = new List<CampaignRow>(snapshot.Analyses.Count);
        var byId = new Dictionary<string, CampaignAnalysis>(snapshot.Analyses.Count, StringComparer.Ordinal);
        foreach (var a in snapshot.Analyses)
        {
            today = today.Plus(a.Windows.Today);
            yesterday = yesterday.Plus(a.Windows.Yesterday);
            lastWeek = lastWeek.Plus(a.Windows.SameDayLastWeek);
            rows.Add(CampaignEndpoints.Row(a));
            byId[a.Campaign.Id.ToString()] = a;
        }

        rows.Sort((x, y) => string.CompareOrdinal(x.Name, y.Name));
        Rows = rows;
        ById = byId;
        Today = today;
        Yesterday = yesterday;
        SameDayLastWeek = lastWeek;
        Allocated = snapshot.Campaigns.Where(c => c.IsActive).Sum(c => c.DailyBudget);
    }

    public WorkspaceSnapshot Snapshot { get; }

    public DateTimeOffset AnalysedAt { get; }

    public IReadOnlyList<CampaignRow> Rows { get; }

    public IReadOnlyDictionary<string, CampaignAnalysis> ById { get; }

    public Kpis Today { get; }

    public Kpis Yesterday { get; }

    public Kpis SameDayLastWeek { get; }

    public decimal Allocated { get; }
}
