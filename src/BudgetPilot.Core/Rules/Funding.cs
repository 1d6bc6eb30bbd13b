using System.Globalization;
using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using static BudgetPilot.Core.Alerts.Detectors;

namespace BudgetPilot.Core.Rules;

/// <summary>
/// Pays for the increases the rules want without ever exceeding the total: first from the unallocated
/// reserve, then by one reallocation that moves budget from underperformers (ROAS below target,
/// lowest first) to winners (platforms with the highest ROAS first), total spend constant.
/// </summary>
internal static class Funding
{
    public sealed record FundingPlan(IReadOnlyList<ProposedAction> Actions, BudgetReallocation Reallocation);

    private const decimal MinWorthwhileShare = 0.05m;

    public static FundingPlan Plan(DecisionContext ctx, IReadOnlyList<Candidate> increases, IReadOnlySet<CampaignId> cut, RuleThresholds r)
    {
        if (increases.Count == 0)
        {
            return new FundingPlan([], BudgetReallocation.None);
        }

        var active = ctx.Analyses.Where(a => a.Campaign.IsActive).ToList();
        var reserve = Math.Max(0m, ctx.Workspace.TotalDailyBudget - active.Sum(a => a.Campaign.DailyBudget));
        var room = Math.Max(0m, ctx.ReallocationRoomToday);
        var adjustments = ctx.AdjustmentsLeftToday;
        var platformRoas = active.GroupBy(a => a.Campaign.Id.Platform).ToDictionary(
            g => g.Key,
            g => g.Sum(a => a.Windows.Last7d.Spend) is var s and > 0m ? g.Sum(a => a.Windows.Last7d.Value) / s : 0m);
        var ordered = increases
            .OrderByDescending(c => platformRoas[c.Analysis.Campaign.Id.Platform])
            .ThenByDescending(c => c.Analysis.Roas7d)
            .ThenBy(c => c.Analysis.Campaign.Id)
            .ToList();

        var actions = new List<ProposedAction>();
        var unfunded = new List<(Candidate Candidate, decimal Want)>();
        foreach (var c in ordered)
        {
            var budget = c.Analysis.Campaign.DailyBudget;
            var want = Math.Min(ActionFactory.Round(budget * c.Step), ctx.Workspace.MaxCampaignBudget - budget);
            if (want <= 0m || adjustments <= 0)
            {
                continue;
            }

            if (want <= reserve && want <= room)
            {
                actions.Add(ActionFactory.Create(c, ctx.Now, r, budget + want));
                reserve -= want;
                room -= want;
                adjustments--;
            }
            else
            {
                unfunded.Add((c, want));
            }
        }

        var recipients = unfunded.Select(u => u.Candidate.Analysis.Campaign.Id).ToHashSet();
        var donors = active
            .Where(a => !cut.Contains(a.Campaign.Id) && !recipients.Contains(a.Campaign.Id)
                && a.Roas7d is { } roas && roas < ctx.Workspace.MinRoas && !ctx.Settings.Guardrails.IsProtectedWinner(roas)
                && a.Runtime >= ctx.Settings.Guardrails.MinCampaignRuntimeBeforePause
                && a.Windows.Last7d.Spend >= ctx.Settings.Alerts.MinSpendToCompare
                && !(ctx.LastChangedAt.TryGetValue(a.Campaign.Id, out var at) && ctx.Now - at < ctx.Settings.ChangeCooldown))
            .OrderBy(a => a.Roas7d)
            .ThenBy(a => a.Campaign.Id)
            .Select(a => (Analysis: a, Left: ActionFactory.Round(a.Campaign.DailyBudget * r.MaxDonorShare)))
            .ToList();

        var taken = new Dictionary<CampaignId, decimal>();
        var given = new List<(Candidate Candidate, decimal Amount)>();
        var firstLive = 0;
        foreach (var (candidate, want) in unfunded)
        {
            // Out of slots or money: no later recipient can be funded either.
            if (adjustments - given.Count - taken.Count < 2 || room <= 0m)
            {
                break;
            }

            // Donors drained by earlier recipients are never visited again (linear, not recipients × donors).
            while (firstLive < donors.Count && donors[firstLive].Left <= 0m)
            {
                firstLive++;
            }

            decimal got = 0m;
            for (var i = firstLive; i < donors.Count && got < want && room > 0m; i++)
            {
                var (donor, left) = donors[i];
                var isNew = !taken.ContainsKey(donor.Campaign.Id);
                // Slots this recipient still needs: itself, plus one for a donor not yet touched.
                if (left <= 0m || adjustments - given.Count - taken.Count < (isNew ? 2 : 1))
                {
                    continue;
                }

                // Whole cents, rounded down: a room derived as a share of the total has 25 decimals,
                // and moving those breaks 'total constant' in the last digit.
                var move = ActionFactory.Round(Math.Min(Math.Min(left, want - got), room));
                if (move <= 0m)
                {
                    continue;
                }

                donors[i] = (donor, left - move);
                taken[donor.Campaign.Id] = taken.GetValueOrDefault(donor.Campaign.Id) + move;
                got += move;
                room -= move;
            }

            if (got >= candidate.Analysis.Campaign.DailyBudget * MinWorthwhileShare)
            {
                given.Add((candidate, got));
            }
            else
            {
                ReturnToDonors(taken, donors, ref room, got);
            }
        }

        if (given.Count == 0)
        {
            return new FundingPlan(actions, BudgetReallocation.None);
        }

        return WithGroup(ctx, r, actions, given, taken, donors.Select(d => d.Analysis).ToList());
    }

    private static FundingPlan WithGroup(
        DecisionContext ctx,
        RuleThresholds r,
        List<ProposedAction> actions,
        List<(Candidate Candidate, decimal Amount)> given,
        Dictionary<CampaignId, decimal> taken,
        List<CampaignAnalysis> donorAnalyses)
    {
        var groupId = string.Create(CultureInfo.InvariantCulture, $"realloc-{ctx.Now:yyyyMMdd'T'HHmm}");
        var total = given.Sum(g => g.Amount);
        var confidence = given.Min(g => g.Candidate.Confidence);
        var winners = string.Join(", ", given.Select(g => $"{g.Candidate.Analysis.Campaign.Name} (ROAS {F(g.Candidate.Analysis.Roas7d)}) +{M(g.Amount)}"));
        var losers = string.Join(", ", taken.Select(t => donorAnalyses.First(d => d.Campaign.Id == t.Key)).Select(d => $"{d.Campaign.Name} (ROAS {F(d.Roas7d)}) -{M(taken[d.Campaign.Id])}"));
        var why = $"Reallocating {M(total)}/day from underperformers below the {F(ctx.Workspace.MinRoas)} target [{losers}] to winners [{winners}]; total spend unchanged.";

        foreach (var (candidate, amount) in given)
        {
            var legCandidate = candidate with { Confidence = confidence, Rule = RuleIds.Reallocate, Reasoning = $"{candidate.Reasoning} {why}" };
            actions.Add(ActionFactory.Create(legCandidate, ctx.Now, r, candidate.Analysis.Campaign.DailyBudget + amount, groupId));
        }

        foreach (var (id, amount) in taken.OrderBy(t => t.Key))
        {
            var donor = donorAnalyses.First(d => d.Campaign.Id == id);
            var leg = new Candidate(donor, ActionType.ReduceBudget, RuleIds.Reallocate, 0m, confidence,
                $"7-day ROAS {F(donor.Roas7d)} is below the {F(ctx.Workspace.MinRoas)} target. {why}");
            actions.Add(ActionFactory.Create(leg, ctx.Now, r, donor.Campaign.DailyBudget - amount, groupId) with { Urgency = Urgency.Opportunity });
        }

        var reallocation = new BudgetReallocation(
            total,
            [.. taken.OrderBy(t => t.Key).Select(t => new BudgetMove(t.Key, t.Value))],
            [.. given.Select(g => new BudgetMove(g.Candidate.Analysis.Campaign.Id, g.Amount))]);
        return new FundingPlan(actions, reallocation);
    }

    private static void ReturnToDonors(Dictionary<CampaignId, decimal> taken, List<(CampaignAnalysis Analysis, decimal Left)> donors, ref decimal room, decimal amount)
    {
        // Undo the last takings of a recipient that ended up not worth moving money for, newest donor first.
        for (var i = donors.Count - 1; i >= 0 && amount > 0m; i--)
        {
            var id = donors[i].Analysis.Campaign.Id;
            if (!taken.TryGetValue(id, out var t) || t <= 0m)
            {
                continue;
            }

            var back = Math.Min(t, amount);
            taken[id] = t - back;
            if (taken[id] == 0m)
            {
                taken.Remove(id);
            }

            donors[i] = (donors[i].Analysis, donors[i].Left + back);
            room += back;
            amount -= back;
        }
    }
}
