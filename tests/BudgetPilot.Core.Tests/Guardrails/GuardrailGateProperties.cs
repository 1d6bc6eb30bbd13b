using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Guardrails;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetPilot.Core.Tests.Guardrails;

/// <summary>
/// One property per invariant of ARCHITECTURE.md, each over generated worlds and any proposals: the
/// gate's output is applied to the portfolio and the invariant is checked on the result, independently
/// of the gate's own bookkeeping.
/// </summary>
[Properties(Arbitrary = [typeof(GateGenerators)], MaxTest = 1500)]
public sealed class GuardrailGateProperties
{
    [Property]
    public Property Invariant1_ActiveBudgetsNeverRiseAboveTheTotal(GateWorld world)
    {
        var (before, after) = ActiveSums(world, Executed(world));
        var total = world.State.Workspace.TotalDailyBudget;
        return (after <= total || after <= before).Label($"active {before} -> {after}, total {total}");
    }

    [Property]
    public Property Invariant2_NoIncreaseAboveTheSingleIncreaseLimit(GateWorld world)
    {
        var limit = world.Settings.Guardrails.MaxSingleBudgetIncreaseFraction;
        var bad = Executed(world).Where(v => v.Action.NewBudget is { } nb && world.State.Campaigns.TryGetValue(v.Action.Campaign, out var c)
            && nb > c.DailyBudget && nb > world.State.Ledger.DayStartBudgets.GetValueOrDefault(c.Id, c.DailyBudget) * (1m + limit));
        return (!bad.Any()).Label(string.Join(", ", bad.Select(v => v.Action.ActionId)));
    }

    [Property]
    public Property Invariant3_ReallocationStaysUnderTheDailyCap(GateWorld world)
    {
        var executed = Executed(world);
        var moved = MovedIndependently(world, executed);
        var cap = world.Settings.Guardrails.MaxBudgetReallocationPerDayFraction * world.State.Workspace.TotalDailyBudget;
        return (moved == 0m || world.State.Ledger.Moved + moved <= cap).Label($"moved {moved} + {world.State.Ledger.Moved} vs cap {cap}");
    }

    [Property]
    public Property Invariant4_AdjustmentsStayUnderTheDailyLimit(GateWorld world)
    {
        var executed = Executed(world).Count;
        var max = world.Settings.Guardrails.MaxDailyAdjustments;
        return (executed == 0 || world.State.Ledger.Executed + executed <= max).Label($"{world.State.Ledger.Executed} + {executed} vs {max}");
    }

    [Property]
    public Property Invariant5_NoEarlyPauseAndNoCutOfAWinner(GateWorld world)
    {
        var runtime = world.Settings.Guardrails.MinCampaignRuntimeBeforePause;
        var protect = world.Settings.Guardrails.ProtectWinnersAboveRoas;
        var bad = Executed(world).Where(v => v.Action.Type != ActionType.Create).Where(v =>
        {
            var c = world.State.Campaigns[v.Action.Campaign];
            var isCut = v.Action.Type == ActionType.Pause || v.Action.NewBudget < c.DailyBudget;
            return (v.Action.Type == ActionType.Pause && GateGenerators.Now - c.StartedAt < runtime)
                || (isCut && world.State.Roas7d.GetValueOrDefault(c.Id) > protect);
        });
        return (!bad.Any()).Label(string.Join(", ", bad.Select(v => v.Action.ActionId)));
    }

    [Property]
    public Property Invariant6_NothingBelowTheThresholdAndNothingInAdvisoryMode(GateWorld world)
    {
        var executed = Executed(world);
        var advisoryOk = world.Settings.Autonomy != AutonomyLevel.Advisory || executed.Count == 0;
        var confidentOk = executed.All(v => double.IsFinite(v.Action.Confidence) && v.Action.Confidence >= world.Settings.ConfidenceThreshold && v.Action.Confidence <= 1.0);
        return (advisoryOk && confidentOk).Label($"{world.Settings.Autonomy}: {executed.Count} executed");
    }

    [Property]
    public Property Invariant7_ApprovalWhereTheSeedRequiresIt(GateWorld world)
    {
        var rules = world.Settings.HumanApprovalRequired;
        var unapproved = Executed(world).Where(v => !world.Approved.Contains(v.Action.ActionId)).ToList();
        if (world.Settings.Autonomy == AutonomyLevel.SemiAutonomous)
        {
            return (unapproved.Count == 0).Label("semi-autonomous executed without approval");
        }

        var bad = unapproved.Where(v =>
        {
            var a = v.Action;
            if (a.Type == ActionType.Create || a.MajorStrategyChange)
            {
                return true;
            }

            var c = world.State.Campaigns[a.Campaign];
            return (a.Type == ActionType.Pause && world.State.DailySpend[c.Id] > rules.PauseCampaignIfDailySpendAbove)
                || (a.NewBudget is { } nb && a.Type is not (ActionType.Pause or ActionType.Resume) && Math.Abs(nb - c.DailyBudget) / c.DailyBudget > rules.BudgetChangeFraction);
        });
        return (!bad.Any()).Label(string.Join(", ", bad.Select(v => v.Action.ActionId)));
    }

    [Property]
    public Property BadInputNeverExecutes(GateWorld world)
    {
        var seen = new HashSet<CampaignId>();
        var ok = Executed(world).All(v => world.State.Campaigns.ContainsKey(v.Action.Campaign) != (v.Action.Type == ActionType.Create)
            && !string.IsNullOrWhiteSpace(v.Action.Reasoning)
            && (v.Action.NewBudget is null || (v.Action.NewBudget > 0m && v.Action.NewBudget <= world.State.Workspace.MaxCampaignBudget))
            && seen.Add(v.Action.Campaign));
        return ok.ToProperty();
    }

    [Property]
    public Property GroupsPassOrFailWhole(GateWorld world)
    {
        var verdicts = GuardrailGate.Evaluate(world.Settings, world.State, world.Proposals, world.Approved);
        return verdicts.Where(v => v.Action.GroupId is not null)
            .GroupBy(v => v.Action.GroupId)
            .All(g => g.Select(v => v.Route).Distinct().Count() == 1)
            .ToProperty();
    }

    [Property]
    public Property EveryRefusalSaysWhy(GateWorld world) =>
        GuardrailGate.Evaluate(world.Settings, world.State, world.Proposals, world.Approved)
            .Where(v => v.Route is Route.Reject or Route.RequireApproval)
            .All(v => v.Reasons.Count > 0 && v.Reasons.All(r => !string.IsNullOrWhiteSpace(r)))
            .ToProperty();

    internal static List<GateVerdict> Executed(GateWorld world) =>
        [.. GuardrailGate.Evaluate(world.Settings, world.State, world.Proposals, world.Approved).Where(v => v.Route == Route.Execute)];

    internal static (decimal Before, decimal After) ActiveSums(GateWorld world, IReadOnlyList<GateVerdict> executed)
    {
        var campaigns = new Dictionary<CampaignId, Campaign>(world.State.Campaigns);
        foreach (var v in executed)
        {
            var a = v.Action;
            campaigns.TryGetValue(a.Campaign, out var c);
            campaigns[a.Campaign] = a.Type switch
            {
                ActionType.Pause => c! with { Status = CampaignStatus.Paused },
                ActionType.Resume => c! with { Status = CampaignStatus.Active },
                ActionType.Create => new Campaign(a.Campaign, a.CampaignName, CampaignStatus.Active, a.NewBudget ?? 0m, GateGenerators.Now),
                _ => c! with { DailyBudget = a.NewBudget!.Value },
            };
        }

        return (world.State.ActiveBudget, campaigns.Values.Where(c => c.IsActive).Sum(c => c.DailyBudget));
    }

    /// <summary>Money moved, counted from active budgets themselves: per group, the larger of what went up and what went down; a pause moves its whole budget.</summary>
    internal static decimal MovedIndependently(GateWorld world, IReadOnlyList<GateVerdict> executed) =>
        executed
            .GroupBy(v => v.Action.GroupId ?? v.Action.ActionId)
            .Sum(g =>
            {
                var deltas = g.Select(v =>
                {
                    var a = v.Action;
                    var c = world.State.Campaigns.GetValueOrDefault(a.Campaign);
                    var before = c is { IsActive: true } ? c.DailyBudget : 0m;
                    var after = a.Type switch
                    {
                        ActionType.Pause => 0m,
                        ActionType.Resume => c!.DailyBudget,
                        ActionType.Create => a.NewBudget ?? 0m,
                        _ => a.NewBudget!.Value,
                    };
                    return after - before;
                }).ToList();
                return Math.Max(deltas.Where(d => d > 0).Sum(), -deltas.Where(d => d < 0).Sum());
            });
}
