using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Guardrails;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetPilot.Core.Tests.Guardrails;

/// <summary>
/// A whole day of cycles: batches one after another, each judged against the ledger the previous ones
/// left (built here the way the audit log builds it). The day's totals must respect every daily limit.
/// </summary>
[Properties(Arbitrary = [typeof(GateGenerators)], MaxTest = 400)]
public sealed class GuardrailGateDayProperties
{
    [Property]
    public Property ADayOfBatchesRespectsEveryDailyLimit(GateWorld first, GateWorld second, GateWorld third)
    {
        var settings = first.Settings;
        var state = first.State with { Ledger = DayLedger.Empty };
        var dayStart = state.Campaigns.ToDictionary(c => c.Key, c => c.Value);
        var startActive = state.ActiveBudget;
        var executed = 0;
        var moved = 0m;
        foreach (var batch in new[] { first.Proposals, Rebase(second.Proposals, "b"), Rebase(third.Proposals, "c") })
        {
            var verdicts = GuardrailGate.Evaluate(settings, state, batch, first.Approved).Where(v => v.Route == Route.Execute).ToList();
            moved += GuardrailGateProperties.MovedIndependently(new GateWorld(settings, state, batch, first.Approved), verdicts);
            executed += verdicts.Count;
            state = Apply(state, verdicts);
        }

        var total = state.Workspace.TotalDailyBudget;
        var cap = settings.Guardrails.MaxBudgetReallocationPerDayFraction * total;
        var increaseOk = state.Campaigns.Values.All(c => !dayStart.TryGetValue(c.Id, out var s) || c.DailyBudget <= s.DailyBudget * (1m + settings.Guardrails.MaxSingleBudgetIncreaseFraction) || c.DailyBudget <= s.DailyBudget);
        return (executed <= settings.Guardrails.MaxDailyAdjustments).Label($"executed {executed}")
            .And((moved <= cap).Label($"moved {moved} cap {cap}"))
            .And((state.ActiveBudget <= Math.Max(total, startActive)).Label($"active {state.ActiveBudget}"))
            .And(increaseOk.Label("a budget rose more than the limit over the day"));
    }

    private static IReadOnlyList<ProposedAction> Rebase(IReadOnlyList<ProposedAction> batch, string prefix) =>
        [.. batch.Select(p => p with { ActionId = prefix + p.ActionId, GroupId = p.GroupId is null ? null : prefix + p.GroupId })];

    private static GateState Apply(GateState state, IReadOnlyList<GateVerdict> executed)
    {
        var campaigns = new Dictionary<CampaignId, Campaign>(state.Campaigns);
        var dayStart = new Dictionary<CampaignId, decimal>(state.Ledger.DayStartBudgets);
        foreach (var v in executed)
        {
            var a = v.Action;
            if (campaigns.TryGetValue(a.Campaign, out var c))
            {
                dayStart.TryAdd(c.Id, c.DailyBudget);
            }

            campaigns[a.Campaign] = a.Type switch
            {
                ActionType.Pause => c! with { Status = CampaignStatus.Paused },
                ActionType.Resume => c! with { Status = CampaignStatus.Active },
                ActionType.Create => new Campaign(a.Campaign, a.CampaignName, CampaignStatus.Active, a.NewBudget ?? 0m, GateGenerators.Now),
                _ => c! with { DailyBudget = a.NewBudget!.Value },
            };
        }

        var ledger = new DayLedger(state.Ledger.Executed + executed.Count, state.Ledger.Moved + executed.Sum(v => v.Moved), dayStart);
        return state with { Campaigns = campaigns, Ledger = ledger };
    }
}
