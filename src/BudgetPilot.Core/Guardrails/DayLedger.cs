using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Execution;

namespace BudgetPilot.Core.Guardrails;

/// <summary>
/// What has already been done in the workspace's local day, read from the audit log (never from an
/// engine's own counters): adjustments made, budget moved, and each changed campaign's budget at the
/// start of the day. An intent without an outcome counts: it may have reached the platform.
/// </summary>
public sealed record DayLedger(int Executed, decimal Moved, IReadOnlyDictionary<CampaignId, decimal> DayStartBudgets)
{
    public static DayLedger Empty { get; } = new(0, 0m, new Dictionary<CampaignId, decimal>());

    /// <param name="todaysEntries">Audit entries since the start of the local day, in sequence order.</param>
    public static DayLedger From(IEnumerable<AuditEntry> todaysEntries)
    {
        var failed = new HashSet<string>(StringComparer.Ordinal);
        var intents = new List<AuditEntry>();
        foreach (var e in todaysEntries)
        {
            if (e.Kind == AuditKind.Intent && e.IdempotencyKey is not null)
            {
                intents.Add(e);
            }
            else if (e.Kind == AuditKind.Outcome && e.Outcome != OutcomeStatus.Succeeded && e.IdempotencyKey is { } key)
            {
                failed.Add(key);
            }
        }

        var executed = 0;
        var moved = 0m;
        var dayStart = new Dictionary<CampaignId, decimal>();
        foreach (var intent in intents.Where(i => !failed.Contains(i.IdempotencyKey!)))
        {
            executed++;
            moved += intent.Moved;
            if (intent.Campaign is { } id && intent.Before is { } before && !dayStart.ContainsKey(id))
            {
                dayStart[id] = before.DailyBudget;
            }
        }

        return new DayLedger(executed, moved, dayStart);
    }
}
