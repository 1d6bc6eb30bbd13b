using System.Globalization;
using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Memory;
using BudgetPilot.Core.Rules;
using BudgetPilot.Core.Settings;
using static BudgetPilot.Core.Alerts.Detectors;

namespace BudgetPilot.Core.Allocation;

/// <summary>
/// The response-curve allocator: once a day it fits every campaign's curve (<see cref="CurveFitter"/>),
/// allocates the total by equal marginal ROAS within the guardrails (<see cref="BudgetAllocator"/>), adds a
/// bounded Thompson-sampling exploration, drops changes inside the dead band, and proposes the result in
/// the seed's shape: one reallocation group that keeps total spend constant, plus single increases paid
/// from the unallocated reserve. Its pauses are the <see cref="StopLoss"/> and the <see cref="BreakEven"/>; it never bypasses the gate:
/// it stays inside the limits the gate would enforce, so its groups pass whole.
/// It keeps no memory of its own between decisions: each decision loads the workspace's
/// <see cref="AllocatorMemory"/> from the <paramref name="state"/> store (the database in the app; process
/// memory by default, for tests and backtests), and saves what changed, so any instance on any node continues it.
/// </summary>
public sealed class ResponseCurveAllocator(AllocatorSettings? settings = null, IAllocatorStateStore? state = null) : IDecisionEngine
{
    public const string RuleEqualMarginal = "allocator.equal_marginal_roas";

    private const int Cells = 12;

    /// <summary>The smallest daily budget the allocator cuts to (a platform minimum, and cents stay a small share of a step).</summary>
    private const double MinimumBudget = 5.0;

    /// <summary>Below this many campaigns a decision takes milliseconds and threads would cost more than they save.</summary>
    private const int ParallelFrom = 256;

    private readonly AllocatorSettings options = settings ?? new AllocatorSettings();
    private readonly IAllocatorStateStore store = state ?? new InMemoryAllocatorStateStore();

    // One decision at a time per instance, as the lock around the in-process memory used to ensure.
    private readonly SemaphoreSlim turn = new(1, 1);

    public string Name => "allocator";

    public AllocatorSettings Settings => options;

    /// <summary>Where this allocator's memory lives.</summary>
    public IAllocatorStateStore State => store;

    /// <summary>The last allocation's budgets before and after exploration, in campaign-id order (for tests and diagnostics).</summary>
    internal AllocationTrace? LastTrace { get; private set; }

    /// <summary>
    /// The allocator's decisions for this cycle: a <see cref="StopLoss"/> pause for any campaign that has
    /// spent a week with no conversion (checked every cycle), and once a day the budgets of the others.
    /// </summary>
    public async Task<DecisionReport> DecideAsync(DecisionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var stops = StopLoss.Pauses(context);
        var report = await DecideAsync(context, stops.Select(s => s.Campaign).ToHashSet(), cancellationToken);
        return stops.Count == 0 ? report : report with { ImmediateActions = [.. stops, .. report.ImmediateActions] };
    }

    /// <summary>
    /// <see cref="DecideAsync(DecisionContext, CancellationToken)"/> for callers without a loop to await in
    /// (tests, the backtest): only for stores that complete synchronously, such as the in-memory default.
    /// </summary>
    public DecisionReport Decide(DecisionContext ctx) => DecideAsync(ctx, CancellationToken.None).GetAwaiter().GetResult();

    /// <inheritdoc cref="DecideAsync(DecisionContext, IReadOnlySet{CampaignId}, CancellationToken)"/>
    public DecisionReport Decide(DecisionContext ctx, IReadOnlySet<CampaignId> untouchable) =>
        DecideAsync(ctx, untouchable, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Decides for every active campaign except <paramref name="untouchable"/> (held at its budget).</summary>
    public async Task<DecisionReport> DecideAsync(DecisionContext ctx, IReadOnlySet<CampaignId> untouchable, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var ws = ctx.Workspace;
        var local = TimeZoneInfo.ConvertTime(ctx.Now, ws.TimeZone);
        var today = ws.LocalDate(ctx.Now);
        var empty = new DecisionReport(ctx.Now, SeedRulesEngine.Health(ctx), [], [], BudgetReallocation.None, new ExpectedOutcomes(null, null, "n/a", 0m), []);
        if (!ctx.FirstCycle && (!ctx.HourMark || local.Hour != options.DecisionHour))
        {
            return empty;
        }

        await turn.WaitAsync(cancellationToken);
        try
        {
            var (memory, problem) = await LoadAsync(ws.Id, cancellationToken);
            if (memory.LastDecided == today)
            {
                return empty;
            }

            memory.LastDecided = today;
            foreach (var a in ctx.Analyses)
            {
                memory.Observe(a, today, options.MemoryDays);
            }

            var report = Allocate(ctx, memory, today, untouchable);

            // Unreadable state is replaced whole, so the bad rows are gone after this decision.
            await store.SaveAsync(ws.Id, memory.Changes(today, options.MemoryDays, replace: problem is not null, ctx.Now), cancellationToken);
            return problem is null ? report : report with
            {
                RisksAndCaveats = [$"The allocator's stored memory could not be used ({problem}); it decided from the analysis week only and has replaced that memory.", .. report.RisksAndCaveats],
            };
        }
        finally
        {
            turn.Release();
        }
    }

    /// <summary>
    /// The workspace's memory, or an empty one and the reason when the stored state is unusable: a bad row must
    /// neither crash the cycle nor reach a curve, so the allocator falls back to what the analysis week shows.
    /// </summary>
    private async Task<(AllocatorMemory Memory, string? Problem)> LoadAsync(string workspaceId, CancellationToken cancellationToken)
    {
        AllocatorState? loaded;
        try
        {
            loaded = await store.LoadAsync(workspaceId, cancellationToken);
        }
        catch (AllocatorStateException ex)
        {
            return (AllocatorMemory.Empty(), ex.Message);
        }

        if (loaded is null)
        {
            return (AllocatorMemory.Empty(), null);
        }

        return loaded.Problem() is { } problem ? (AllocatorMemory.Empty(), problem) : (AllocatorMemory.From(loaded), null);
    }

    private DecisionReport Allocate(DecisionContext ctx, AllocatorMemory memory, DateOnly today, IReadOnlySet<CampaignId> untouchable)
    {
        var ws = ctx.Workspace;
        var guard = ctx.Settings.Guardrails;
        var active = ctx.Analyses.Where(a => a.Campaign.IsActive && a.Campaign.DailyBudget > 0m).OrderBy(a => a.Campaign.Id).ToList();
        var series = active.Select(a => memory.Days(a.Campaign.Id, today)).ToArray();
        var market = MarketPrior.Of(active, series);
        var fits = new CurvePosterior[active.Count];
        var n = active.Count;
        var current = new double[n];
        var low = new double[n];
        var high = new double[n];
        var caps = new double[n];
        var limits = Limits.Of(ctx);
        // Fits are independent and most of the decision's cost: spread over the cores. Each writes only its own slot, so the result does not depend on the order.
        ForEach(n, i =>
        {
            var platform = active[i].Campaign.Id.Platform;
            fits[i] = CurveFitter.Fit(series[i], d => market.DayWeight(platform, d.DayOfWeek), market.Roas(platform), market.ValuePerConversion(platform), options)
                .WithScale(market.DayWeight(platform, today.DayOfWeek));
        });
        var pauses = new List<ProposedAction>();

        // The gate counts a paused budget as money moved today: pauses and the group share today's room.
        var room = (double)Math.Max(0m, ctx.ReallocationRoomToday);
        double paused = 0;
        for (var i = 0; i < n; i++)
        {
            var a = active[i];
            var platform = a.Campaign.Id.Platform;
            var b = (double)a.Campaign.DailyBudget;
            current[i] = b;
            var movable = !untouchable.Contains(a.Campaign.Id) && !a.Campaign.HasSharedBudget && series[i].Length >= options.MinDays && !limits.Resting(a.Campaign, ctx);
            caps[i] = SpendCap(a);
            var spend = Math.Min(b, caps[i]);
            if (movable && paused + b < (room * 0.98) - 0.01 && pauses.Count < ctx.AdjustmentsLeftToday && BreakEven.Fires(a, fits[i], spend, series[i].Length, ctx.Settings, options.MinDays) is { } below)
            {
                paused += b;
                // Paused, so held at its budget here: the money it frees is allocated from tomorrow's reserve.
                pauses.Add(BreakEven.Pause(ctx, a, fits[i], spend, below));
                movable = false;
            }

            var up = limits.StepUp(platform);
            var down = limits.StepDown(platform);
            // Never cut under a few dollars: rounding to cents on a tiny budget would tip a 19.6% step over the 20% a manager must approve.
            low[i] = !movable || guard.IsProtectedWinner(a.Roas7d) ? b : Math.Max(b * (1 - down), Math.Min(b, MinimumBudget));
            high[i] = movable ? Math.Min(b * (1 + up), (double)Math.Min(ws.MaxCampaignBudget, ws.TotalDailyBudget)) : b;
            high[i] = Math.Max(high[i], b);
        }

        var total = (double)ws.TotalDailyBudget;
        // Below the line, not on it, as for every limit here: the solver meets the cap on a grid and legs round to cents.
        var maxMove = paused > 0 ? Math.Max(0, Math.Min(limits.MaxMove, ((room - paused) * 0.98) - 0.01)) : limits.MaxMove;
        var target = Solve([.. fits.Select((f, i) => Capped(f.Value, caps[i]))], current, low, high, total, maxMove);

        // Thompson sampling: allocate once more on one draw from every posterior and move a bounded share toward it.
        var planned = (double[])target.Clone();
        var explore = (double)options.ExplorationShare * total;
        if (explore > 0 && n > 1)
        {
            var random = new Random(Seed(ws.Id, today));
            var draws = fits.Select(f => f.Sample(random)).ToArray();
            var sampled = Solve([.. draws.Select((d, i) => Capped(d.Value, caps[i]))], current, low, high, total, maxMove);
            double shift = 0;
            for (var i = 0; i < n; i++)
            {
                shift += Math.Abs(sampled[i] - target[i]);
            }

            var share = shift / 2 > explore ? explore / (shift / 2) : 1.0;
            for (var i = 0; i < n; i++)
            {
                target[i] += share * (sampled[i] - target[i]);
            }
        }

        LastTrace = new AllocationTrace(planned, (double[])target.Clone(), current);
        Settle(target, current, total, ctx.AdjustmentsLeftToday - pauses.Count);
        var report = Report(ctx, active, fits, current, target);
        if (pauses.Count == 0)
        {
            return report;
        }

        // The gate adds each paused budget to the money moved today. If the day's moves, counted its way, would
        // not fit beside the pauses, the pauses go alone: the money they free is in tomorrow's reserve.
        if (paused + GateMoved(report.ImmediateActions) > room * 0.98)
        {
            report = Report(ctx, active, fits, current, current);
        }

        return report with { ImmediateActions = [.. pauses, .. report.ImmediateActions] };
    }

    /// <summary>
    /// The most a campaign can spend a day (its demand): a budget above it buys nothing. Impression share
    /// below 1 is budget over demand, so demand is budget / share; a full share with the day's spend under
    /// the budget means the campaign is already at its demand and spent what there was.
    /// </summary>
    internal static double SpendCap(CampaignAnalysis a)
    {
        var budget = (double)a.Campaign.DailyBudget;
        if (a.ImpressionShare is { } share && share is > 0.01 and < 0.98)
        {
            return budget / share;
        }

        if (a.ImpressionShare is >= 0.98 && a.Days.Count > 0 && a.Days[^1].Kpis is { Hours: >= 20 } yesterday && (double)yesterday.Spend < 0.95 * budget)
        {
            return Math.Max((double)yesterday.Spend, 0.01);
        }

        return double.PositiveInfinity;
    }

    private static Func<double, double> Capped(Func<double, double> value, double cap) =>
        double.IsPositiveInfinity(cap) ? value : s => value(Math.Min(s, cap));

    private double[] Solve(Func<double, double>[] curves, double[] current, double[] low, double[] high, double total, double maxMove)
    {
        var spends = new double[curves.Length][];
        var values = new double[curves.Length][];
        ForEach(curves.Length, i => (spends[i], values[i]) = AllocationProblem.Tabulate(curves[i], low[i], current[i], high[i], Cells));
        return BudgetAllocator.Solve(new AllocationProblem(current, spends, values, total, maxMove, options.Hysteresis));
    }

    /// <summary>
    /// Dead band and slots: changes under the minimum share of a budget are dropped, and if more campaigns
    /// move than adjustments are left today, the smallest moves go. Dropping a cut can push the total over,
    /// so the increases are then scaled back until it fits.
    /// </summary>
    private void Settle(double[] target, double[] current, double total, int slots)
    {
        var n = target.Length;
        var minChange = (double)options.MinChangeFraction;
        for (var i = 0; i < n; i++)
        {
            if (Math.Abs(target[i] - current[i]) < minChange * current[i])
            {
                target[i] = current[i];
            }
        }

        var moving = Enumerable.Range(0, n).Where(i => target[i] != current[i]).OrderByDescending(i => Math.Abs(target[i] - current[i])).ToList();
        foreach (var i in moving.Skip(Math.Max(0, slots)))
        {
            target[i] = current[i];
        }

        var sum = target.Sum();
        var bound = Math.Max(total, current.Sum());
        if (sum > bound)
        {
            var increases = Enumerable.Range(0, n).Sum(i => Math.Max(0, target[i] - current[i]));
            var cut = increases > 0 ? Math.Min(1, (sum - bound) / increases) : 0;
            for (var i = 0; i < n; i++)
            {
                if (target[i] > current[i])
                {
                    target[i] -= cut * (target[i] - current[i]);
                }
            }
        }
    }

    private DecisionReport Report(DecisionContext ctx, List<CampaignAnalysis> active, CurvePosterior[] fits, double[] current, double[] target)
    {
        var legs = new List<Leg>();
        for (var i = 0; i < active.Count; i++)
        {
            // Whole cents, rounded down both ways: an increase never overshoots, a cut frees at least what was planned.
            var after = decimal.Round((decimal)target[i], 2, MidpointRounding.ToZero);
            var before = active[i].Campaign.DailyBudget;
            if (after != before && Math.Abs(after - before) >= 0.01m)
            {
                var change = fits[i].Change(current[i], (double)after);
                legs.Add(new Leg(active[i], fits[i], before, after, change.Mean, change.Sd));
            }
        }

        var watch = new List<MonitoringItem>();
        var caveats = new List<string>();
        var gain = legs.Sum(l => l.ValueChange - (double)(l.After - l.Before));
        var sd = Math.Sqrt(legs.Sum(l => l.ValueSd * l.ValueSd));
        var confidence = legs.Count == 0 ? 0 : Math.Clamp(NormalCdf(sd > 0 ? gain / sd : gain > 0 ? 4 : -4), 0.5, 0.99);
        var actions = new List<ProposedAction>();
        var reallocation = BudgetReallocation.None;
        if (legs.Count > 0 && gain > 0 && confidence >= ctx.Settings.ConfidenceThreshold)
        {
            (actions, reallocation) = Actions(ctx, legs, confidence, gain, sd);
        }
        else if (legs.Count > 0)
        {
            caveats.Add($"The allocator's best move this day would gain about {M((decimal)gain)}/day (±{M((decimal)sd)}): {confidence:0.00} confident it helps, below the {ctx.Settings.ConfidenceThreshold:0.00} needed; budgets left as they are.");
        }

        var thin = active.Count(a => a.Days.Count < options.MinDays);
        if (thin > 0)
        {
            caveats.Add($"{thin} campaign(s) have fewer than {options.MinDays} complete days; their budgets are held until their curves can be read.");
        }

        if (actions.Count > 0)
        {
            caveats.Add("Curves are fitted from observed spend and matured conversion value; recent days are weighted by how complete their conversions are expected to be.");
        }

        var outcomes = Outcomes(active, actions, gain);
        return new DecisionReport(ctx.Now, SeedRulesEngine.Health(ctx), actions, watch, reallocation, outcomes, caveats) { Engine = Name };
    }

    private (List<ProposedAction> Actions, BudgetReallocation Reallocation) Actions(DecisionContext ctx, List<Leg> legs, double confidence, double gain, double sd)
    {
        var cuts = legs.Where(l => l.After < l.Before).ToList();
        var raises = legs.Where(l => l.After > l.Before).OrderByDescending(l => l.After - l.Before).ToList();
        var freed = cuts.Sum(l => l.Before - l.After);
        var grouped = new List<Leg>();
        var inGroupSet = new HashSet<Leg>(ReferenceEqualityComparer.Instance);
        decimal covered = 0m;
        foreach (var r in raises)
        {
            if (cuts.Count > 0 && covered + (r.After - r.Before) <= freed)
            {
                grouped.Add(r);
                inGroupSet.Add(r);
                covered += r.After - r.Before;
            }
        }

        var groupId = cuts.Count > 0 && grouped.Count > 0 ? string.Create(CultureInfo.InvariantCulture, $"alloc-{ctx.Now:yyyyMMdd'T'HHmm}") : null;
        var best = raises.OrderByDescending(l => l.Fit.Marginal((double)l.After)).FirstOrDefault();
        var worst = cuts.OrderBy(l => l.Fit.Marginal((double)l.After)).FirstOrDefault();
        var summary = $"Equalising marginal returns{(best is null ? string.Empty : $": the next $100 on {Next(best)}")}{(worst is null ? string.Empty : $", on {Next(worst)}")}. Expected +{M((decimal)gain)}/day profit (90% interval {M((decimal)(gain - (1.645 * sd)))} to {M((decimal)(gain + (1.645 * sd)))}).";
        var actions = new List<ProposedAction>();

        // Cuts first: executed in order, they free the money before the raises spend it, so the total is never exceeded mid-way.
        foreach (var l in legs.OrderBy(l => l.After > l.Before))
        {
            var inGroup = groupId is not null && (l.After < l.Before || inGroupSet.Contains(l));
            var type = inGroup ? ActionType.Reallocate : l.After > l.Before ? ActionType.IncreaseBudget : ActionType.ReduceBudget;
            actions.Add(Action(ctx, l, type, confidence, summary) with { GroupId = inGroup ? groupId : null });
        }

        var reallocation = groupId is null
            ? BudgetReallocation.None
            : new BudgetReallocation(
                covered,
                [.. cuts.Select(c => new BudgetMove(c.Analysis.Campaign.Id, c.Before - c.After))],
                [.. grouped.Select(g => new BudgetMove(g.Analysis.Campaign.Id, g.After - g.Before))]);
        return (actions, reallocation);
    }

    private ProposedAction Action(DecisionContext ctx, Leg l, ActionType type, double confidence, string summary)
    {
        var a = l.Analysis;
        var delta = l.After - l.Before;
        var value = (decimal)l.ValueChange;
        var impact = delta < 0m
            ? new EstimatedImpact(ActionFactory.Round(-delta), ActionFactory.Round(-value), ActionFactory.Round(-delta + value))
            : new EstimatedImpact(0m, ActionFactory.Round(value), ActionFactory.Round(value - delta));
        var (marginal, marginalSd) = l.Fit.MarginalWithSd((double)l.Before);
        var expected = delta < 0m
            ? $"Save {M(-delta)}/day at the cost of about {M(-value)}/day revenue (±{M((decimal)l.ValueSd)})"
            : $"About {M(value)}/day more revenue (±{M((decimal)l.ValueSd)}) for {M(delta)}/day more spend";
        var reasoning = $"Marginal ROAS {marginal:0.00} (±{marginalSd:0.00}) at {M(l.Before)}/day: the next $100 returns about ${100 * marginal:0} (±{100 * marginalSd:0}). {summary} Budget {M(l.Before)} → {M(l.After)} ({P(delta / l.Before)}).";
        return new ProposedAction(
            string.Create(CultureInfo.InvariantCulture, $"{ctx.Now:yyyyMMdd'T'HHmm}-{a.Campaign.Id}-{type}-alloc").ToLowerInvariant(),
            a.Campaign.Id,
            a.Campaign.Name,
            type,
            new CurrentState(l.Before, a.Windows.Last7d.Spend, a.Windows.Last7d.Value, a.Roas7d, a.RoasTrend.Direction),
            l.After,
            expected,
            reasoning,
            Math.Round(confidence, 3),
            Math.Abs(delta) > l.Before * 0.3m ? RiskLevel.Medium : RiskLevel.Low,
            impact,
            Urgency.Opportunity,
            Name)
        { Rule = RuleEqualMarginal };
    }

    private static string Next(Leg l)
    {
        var (m, sd) = l.Fit.MarginalWithSd((double)l.Before);
        return $"{l.Analysis.Campaign.Name} returns about ${100 * m:0} (±{100 * sd:0})";
    }

    private static ExpectedOutcomes Outcomes(List<CampaignAnalysis> active, List<ProposedAction> actions, double gain)
    {
        decimal spend = 0m, value = 0m;
        foreach (var a in active)
        {
            spend += a.Windows.Last7d.Spend / 7m;
            value += a.Windows.Last7d.Value / 7m;
        }

        var newSpend = spend + actions.Sum(a => (a.NewBudget ?? a.CurrentState.Budget) - a.CurrentState.Budget);
        var newValue = value + actions.Sum(a => a.NewBudget < a.CurrentState.Budget ? -a.EstimatedImpact.DailyOpportunityCost : a.EstimatedImpact.DailyOpportunityCost);
        decimal? now = spend > 0m ? Math.Round(value / spend, 2) : null;
        decimal? next = newSpend > 0m ? Math.Round(newValue / newSpend, 2) : null;
        var improvement = now is { } c && next is { } x && c > 0m ? ((x - c) / c).ToString("+0.0%;-0.0%", CultureInfo.InvariantCulture) : "n/a";
        return new ExpectedOutcomes(now, next, improvement, actions.Count == 0 ? 0m : ActionFactory.Round((decimal)gain));
    }

    /// <summary>Money moved as the gate's day ledger counts it: a group its larger side, a single action its change.</summary>
    private static double GateMoved(IReadOnlyList<ProposedAction> actions)
    {
        double moved = 0;
        foreach (var unit in actions.Where(a => a.NewBudget is not null).GroupBy(a => a.GroupId ?? a.ActionId))
        {
            var up = unit.Sum(a => (double)Math.Max(0m, a.NewBudget!.Value - a.CurrentState.Budget));
            var down = unit.Sum(a => (double)Math.Max(0m, a.CurrentState.Budget - a.NewBudget!.Value));
            moved += Math.Max(up, down);
        }

        return moved;
    }

    /// <summary>Runs an independent per-campaign step, in parallel once there are enough campaigns to pay for it.</summary>
    private static void ForEach(int count, Action<int> body)
    {
        if (count < ParallelFrom)
        {
            for (var i = 0; i < count; i++)
            {
                body(i);
            }
        }
        else
        {
            Parallel.For(0, count, body);
        }
    }

    private static int Seed(string workspace, DateOnly day)
    {
        var h = 17;
        foreach (var ch in workspace)
        {
            h = unchecked((h * 31) + ch);
        }

        return unchecked((h * 397) ^ day.DayNumber);
    }

    internal static double NormalCdf(double z) => 0.5 * Erfc(-z / Math.Sqrt(2));

    private static double Erfc(double x)
    {
        // Numerical Recipes' erfc, accurate to about 1e-7: enough for a confidence.
        var z = Math.Abs(x);
        var t = 1 / (1 + (0.5 * z));
        double[] c = [-1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806, 0.27886807, -1.13520398, 1.48851587, -0.82215223, 0.17087277];
        var poly = 0.0;
        for (var k = c.Length - 1; k >= 1; k--)
        {
            poly = (poly + c[k]) * t;
        }

        var r = t * Math.Exp((-z * z) + c[0] + poly);
        return x >= 0 ? r : 2 - r;
    }

    internal sealed record AllocationTrace(double[] Planned, double[] Explored, double[] Current);

    private sealed record Leg(CampaignAnalysis Analysis, CurvePosterior Fit, decimal Before, decimal After, double ValueChange, double ValueSd);

    /// <summary>The guardrails as they bound one campaign's move today, kept inside what the gate and the approval rules let through unattended.</summary>
    private sealed record Limits(WorkspaceSettings Settings, double MaxMove)
    {
        public static Limits Of(DecisionContext ctx)
        {
            var s = ctx.Settings;
            var total = (double)ctx.Workspace.TotalDailyBudget;
            var move = (double)Math.Max(0m, ctx.ReallocationRoomToday);
            if (s.Autonomy == AutonomyLevel.FullAutonomous && s.HumanApprovalRequired.MajorStrategyChange)
            {
                // A group moving this share or more is a major strategy change that waits for a manager.
                move = Math.Min(move, ((double)s.HumanApprovalRequired.MajorStrategyChangeShareOfBudget * total * 0.98) - 0.01);
            }

            return new Limits(s, Math.Max(0, move));
        }

        public double StepUp(Platform platform) => Step(platform, (double)Settings.Guardrails.MaxSingleBudgetIncreaseFraction);

        public double StepDown(Platform platform) => Step(platform, 0.5);

        /// <summary>A learning-phase platform's campaign changed within its interval is left alone.</summary>
        public bool Resting(Campaign campaign, DecisionContext ctx) =>
            Settings.Guardrails.LearningPhase.TryGetValue(campaign.Id.Platform, out var rule)
            && ctx.LastChangedAt.TryGetValue(campaign.Id, out var at) && ctx.Now - at < rule.MinInterval;

        private double Step(Platform platform, double limit)
        {
            if (Settings.Autonomy == AutonomyLevel.FullAutonomous)
            {
                limit = Math.Min(limit, (double)Settings.HumanApprovalRequired.BudgetChangeFraction);
            }

            if (Settings.Guardrails.LearningPhase.TryGetValue(platform, out var rule))
            {
                limit = Math.Min(limit, (double)rule.MaxStepFraction);
            }

            // Below the line, not on it: rounding to cents must not tip a leg over a limit.
            return Math.Max(0, limit * 0.98);
        }
    }
}
