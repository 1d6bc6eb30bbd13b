namespace BudgetPilot.Web.Overview;

/// <summary>The header and the budget overview panel. Changes are fractions (0.08 = +8%).</summary>
public sealed record OverviewView(
    string WorkspaceName,
    string Currency,
    bool Simulated,
    string Manager,
    DateTimeOffset Now,
    DateTimeOffset? LastRefresh,
    string Status,
    IReadOnlyList<string> StatusReasons,
    string Autonomy,
    decimal TotalBudget,
    BudgetLine Allocated,
    BudgetLine SpentToday,
    BudgetLine Reserve,
    decimal? RoasToday,
    decimal TargetRoas,
    decimal? RoasYesterday,
    decimal? VsYesterday,
    decimal? VsLastWeek);
