using System.Diagnostics;
using System.Text.RegularExpressions;
using BudgetPilot.Core.Alerts;
using BudgetPilot.Core.Allocation;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Settings;
using BudgetPilot.Simulation.Benchmark;
using BudgetPilot.Simulation.Constraints;

namespace BudgetPilot.Simulation.Runs;

/// <summary>
/// <c>budgetpilot simulate</c>: the live cycle, unchanged, over a simulated market in simulated time,
/// then a summary judged from the audit log and from the market's own record of budget changes.
/// </summary>
public static partial class SimulationRun
{
    public static async Task<SimulationOutcome> RunAsync(SimulationOptions options, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var spec = new MarketSpec(options.Seed, options.Campaigns, options.Scenario, new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero), options.TotalDailyBudget, "USD")
        {
            HorizonDays = options.Days,
        };
        var market = new SimulatedMarket(spec);
        var initial = Enumerable.Range(0, market.CampaignCount).Where(market.IsLaunched).Select(market.Campaign).ToList();
        var settings = new WorkspaceSettings { Autonomy = options.Autonomy };
        var cyclePolicy = DecisionPolicies.TryParse(options.Policy, out var decisionPolicy)
            ? new CyclePolicy(market, decisionPolicy.Name(), new CyclePolicyOptions { Settings = settings, ApproveEverything = options.ApproveEverything }, s => DecisionPolicies.Engines(decisionPolicy, state: s.Allocator))
            : null;
        IMarketPolicy policy = cyclePolicy is not null ? cyclePolicy : options.Policy switch
        {
            "static" => new StaticPolicy(),
            "uniform" => new UniformPolicy(),
            _ => throw new ArgumentException($"Unknown policy '{options.Policy}'; use {string.Join(", ", SimulationOptions.PolicyNames)}.", nameof(options)),
        };

        var end = spec.Start.AddDays(spec.HorizonDays);
        var ticks = 0L;
        var cycles = 0;
        while (market.Now < end)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await policy.OnTickAsync(market, market.Now, cancellationToken);
            market.Advance();
            ticks++;
            cycles += cyclePolicy is null ? 0 : 1;
            if (ticks % 96 == 0)
            {
                progress?.Report((market.Now - spec.Start) / (end - spec.Start));
            }
        }

        var days = market.Days.Where(d => d.Day >= 0).ToList();
        var revenue = (decimal)days.Sum(d => d.ExpectedValue);
        var spend = (decimal)days.Sum(d => d.Spend);
        var audit = cyclePolicy?.Store.AuditEntries ?? [];
        var alerts = cyclePolicy is null ? [] : await ((IAlertStore)cyclePolicy.Store).ListAsync("sim", spec.Start.AddDays(-60), end.AddDays(1), cancellationToken);
        var workspace = cyclePolicy?.Context.Workspace ?? new Workspace("sim", "Simulated market", spec.TotalDailyBudget, "USD", TimeZoneInfo.Utc, 3m, null, spec.TotalDailyBudget);
        var limits = ConstraintLimits.From(spec.TotalDailyBudget, settings.Guardrails);

        var summary = new SimulationSummary(
            options.Days, options.Campaigns, options.Seed, options.Scenario.Name, options.Policy, options.Autonomy.ToString(),
            Math.Round(revenue, 2), Math.Round(spend, 2), Math.Round(revenue - spend, 2), spend > 0m ? Math.Round(revenue / spend, 3) : null,
            Count(audit.Where(e => e.Kind == AuditKind.Outcome && e.Outcome == OutcomeStatus.Succeeded), e => e.Action?.ToString() ?? "Unknown"),
            audit.Count(e => e.Kind == AuditKind.Outcome && e.Outcome == OutcomeStatus.Failed),
            audit.Count(e => e.Kind == AuditKind.ApprovalRequested),
            audit.Count(e => e.Kind == AuditKind.Approved),
            audit.Count(e => e.Kind == AuditKind.Rejected),
            audit.Count(e => e.Kind == AuditKind.Expired),
            audit.Count(e => e.Kind == AuditKind.GraceScheduled),
            audit.Count(e => e.Kind == AuditKind.Advised),
            Count(audit.Where(e => e.Kind == AuditKind.GuardrailRejected), e => ReasonKind(e.Reason)),
            Count(alerts, a => a.Kind.ToString()),
            cycles,
            AuditInvariants.Check(audit, initial, workspace, settings),
            [.. ConstraintChecker.Check(market.Changes, limits).Select(v => $"{v.At:u} {v.Campaign}: {v.Kind} — {v.Detail}")],
            ticks * market.CampaignCount,
            clock.Elapsed.TotalSeconds);
        return new SimulationOutcome(summary, audit, market);
    }

    private static Dictionary<string, int> Count<T>(IEnumerable<T> items, Func<T, string> key) =>
        items.GroupBy(key).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>A rejection's reason without its numbers and names, so like reasons count together.</summary>
    private static string ReasonKind(string reason)
    {
        var first = reason.Split(". ", 2)[0];
        var withoutName = Quoted().Replace(first, "'…'");
        return Numbers().Replace(withoutName, "#").TrimEnd('.');
    }

    [GeneratedRegex("'[^']*'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"-?[0-9][0-9,]*(\.[0-9]+)?%?")]
    private static partial Regex Numbers();
}
