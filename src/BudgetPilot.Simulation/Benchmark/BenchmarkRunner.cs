using System.Diagnostics;

namespace BudgetPilot.Simulation.Benchmark;

/// <summary>
/// Runs scenarios × seeds × policies with common random numbers: every policy of a (scenario, seed)
/// gets a market built from the same spec, so only its decisions differ. Markets run in parallel
/// across (scenario, seed); the policies of one market run one after another.
/// </summary>
public static class BenchmarkRunner
{
    public static async Task<BenchmarkResult> RunAsync(BenchmarkOptions options, IProgress<BenchmarkProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Policies.Any(p => p.Name == OraclePolicy.ConstrainedName))
        {
            throw new ArgumentException("The policies must include the constrained oracle: it is what %oracle divides by.", nameof(options));
        }

        var names = options.Policies.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        if (options.Policies.FirstOrDefault(p => !names.Contains(p.ScoredAgainst)) is { } orphan)
        {
            throw new ArgumentException($"Policy '{orphan.Name}' is scored against '{orphan.ScoredAgainst}', which is not in the run.", nameof(options));
        }

        var clock = Stopwatch.StartNew();
        var work = options.Scenarios
            .SelectMany(s => Enumerable.Range(0, options.SeedCount).Select(k => (Scenario: s, Seed: options.FirstSeed + (ulong)k)))
            .Select((w, index) => (w.Scenario, w.Seed, Index: index))
            .ToList();
        var scores = new IReadOnlyList<RunScore>[work.Count];
        var profits = new Dictionary<string, double[]>[work.Count];
        var completed = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(work, parallel, async (item, ct) =>
        {
            var spec = options.SpecFor(item.Scenario, item.Seed);
            var runs = new List<PolicyRun>();
            foreach (var entry in options.Policies)
            {
                runs.Add(await RunOneAsync(spec, entry, ct).ConfigureAwait(false));
            }

            scores[item.Index] = ScoreAll(spec, options.HorizonsDays, options.Policies, runs);
            profits[item.Index] = runs.ToDictionary(r => r.Policy, r => r.Days.Select(d => d.Profit).ToArray(), StringComparer.Ordinal);
            progress?.Report(new BenchmarkProgress(Interlocked.Increment(ref completed), work.Count, item.Scenario.Name, item.Seed));
        }).ConfigureAwait(false);

        var all = scores.SelectMany(s => s).ToList();
        return new BenchmarkResult(
            options.CampaignCount,
            options.SeedCount,
            [.. options.Scenarios.Select(s => s.Name)],
            [.. options.Policies.Select(p => p.Name)],
            options.HorizonsDays,
            all,
            Summarize(options, all),
            clock.Elapsed,
            Curves(options, work.Select(w => w.Scenario.Name).ToList(), profits));
    }

    /// <summary>Drives a policy over a market until the spec's horizon ends; the policy sees every tick before the market moves.</summary>
    public static async Task DriveAsync(SimulatedMarket market, IMarketPolicy policy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(policy);
        var end = market.Spec.Start.AddDays(market.Spec.HorizonDays);
        while (market.Now < end)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await policy.OnTickAsync(market, market.Now, cancellationToken).ConfigureAwait(false);
            market.Advance();
        }
    }

    private static async Task<PolicyRun> RunOneAsync(MarketSpec spec, PolicyEntry entry, CancellationToken cancellationToken)
    {
        var market = new SimulatedMarket(spec);
        await DriveAsync(market, entry.Create(market), cancellationToken).ConfigureAwait(false);
        return new PolicyRun(entry.Name, market.Days, market.Changes, market.Shocks);
    }

    private static List<RunScore> ScoreAll(MarketSpec spec, IReadOnlyList<int> horizons, IReadOnlyList<PolicyEntry> policies, List<PolicyRun> runs)
    {
        var byName = runs.ToDictionary(r => r.Policy, StringComparer.Ordinal);
        var baseline = byName.GetValueOrDefault(Policies.Static.Name);
        return [.. horizons.SelectMany(h => policies.Select(p => Scoring.Score(spec, h, byName[p.Name], byName[p.ScoredAgainst], baseline)))];
    }

    private static List<DailyCurve> Curves(BenchmarkOptions options, List<string> scenarioOf, Dictionary<string, double[]>[] profits)
    {
        var curves = new List<DailyCurve>();
        foreach (var scenario in options.Scenarios)
        {
            var items = Enumerable.Range(0, profits.Length).Where(k => scenarioOf[k] == scenario.Name).Select(k => profits[k]).ToList();
            foreach (var policy in options.Policies)
            {
                var days = items.Min(p => Math.Min(p[policy.Name].Length, p[policy.ScoredAgainst].Length));
                var percent = new double[days];
                for (var d = 0; d < days; d++)
                {
                    var mine = items.Sum(p => p[policy.Name][d]);
                    var oracle = items.Sum(p => p[policy.ScoredAgainst][d]);
                    percent[d] = oracle != 0 ? mine / oracle * 100 : double.NaN;
                }

                curves.Add(new DailyCurve(scenario.Name, policy.Name, percent));
            }
        }

        return curves;
    }

    private static List<PolicySummary> Summarize(BenchmarkOptions options, List<RunScore> all) =>
    [
        .. from scenario in options.Scenarios
           from horizon in options.HorizonsDays
           from policy in options.Policies
           let runs = all.Where(r => r.Scenario == scenario.Name && r.HorizonDays == horizon && r.Policy == policy.Name).ToList()
           select new PolicySummary(
               scenario.Name,
               policy.Name,
               horizon,
               Estimate.Of(runs.Select(r => r.PercentOfOracle)),
               Estimate.Of(runs.Select(r => r.GapClosed ?? double.NaN)),
               runs.Sum(r => r.Violations),
               Estimate.Of(runs.Select(r => r.ChurnPerDay)),
               Estimate.Of(runs.Select(r => r.RecoveryDays ?? double.NaN)),
               policy.ScoredAgainst),
    ];
}
