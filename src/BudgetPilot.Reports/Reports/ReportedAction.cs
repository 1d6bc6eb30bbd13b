using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Execution;

namespace BudgetPilot.Reports.Reports;

/// <summary>An executed action with its measured effect: the campaign's ROAS before it and since.</summary>
public sealed record ReportedAction(
    DateTimeOffset At,
    string Campaign,
    ActionType? Type,
    OutcomeStatus Outcome,
    decimal? BudgetBefore,
    decimal? BudgetAfter,
    string Reason,
    string Actor,
    decimal? RoasBefore,
    decimal? RoasSince,
    decimal SpendSince,
    decimal RevenueSince);
