namespace BudgetPilot.Core.Analysis;

/// <summary>The windows the framework reasons over. Days are the workspace's local days.</summary>
public sealed record KpiWindows(
    Kpis Today,
    Kpis Last24h,
    Kpis Last48h,
    Kpis Last3d,
    Kpis Last7d,
    Kpis Prior7d,
    Kpis Yesterday,
    Kpis SameDayLastWeek);
