using BudgetPilot.Simulation.Constraints;
using BudgetPilot.Simulation.Curves;
using BudgetPilot.Simulation.Oracle;

namespace BudgetPilot.Simulation.Benchmark;

/// <summary>
/// Knows today's true curves and shocks (not the noise) and, each midnight, sets the budgets that
/// maximise today's true expected profit. Myopic by design: it ignores what today's spend adds to
/// tomorrow through adstock and fatigue. The constrained oracle obeys the same rules as any policy;
/// the unconstrained one only keeps Σ budgets ≤ total, which prices the business rules.
/// Both leave room for campaigns the market will still launch.
/// </summary>
public sealed class OraclePolicy(bool constrained) : IMarketPolicy
{
    public const string ConstrainedName = "oracle";

    public const string UnconstrainedName = "unconstrained_oracle";

    /// <summary>Smallest budget the constrained oracle cuts to: a platform's minimum, and a way back up.</summary>
    private const double MinimumBudget = 1.0;

    public string Name => constrained ? ConstrainedName : UnconstrainedName;

    public ValueTask OnTickAsync(SimulatedMarket market, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(market);
        if (market.TickOfDay == 0)
        {
            BudgetWriter.Write(market, Plan(market, constrained));
        }

        return ValueTask.CompletedTask;
    }

    public static double[] Plan(SimulatedMarket market, bool constrained)
    {
        ArgumentNullException.ThrowIfNull(market);
        var limits = new ConstraintLimits(market.TotalDailyBudget);
        var n = market.CampaignCount;
        var curves = new TrueCurve[n];
        var current = new double[n];
        var lower = new double[n];
        var upper = new double[n];
        for (var i = 0; i < n; i++)
        {
            var campaign = market.Campaign(i);
            var live = market.IsLaunched(i) && campaign.IsActive;
            curves[i] = market.TrueCurve(i);
            current[i] = live ? (double)campaign.DailyBudget : 0;
            if (!live)
            {
                continue;
            }

            if (constrained)
            {
                var protectedWinner = market.ObservedRoas7d(i) > limits.ProtectWinnersAboveRoas;
                lower[i] = protectedWinner ? current[i] : Math.Min(current[i], MinimumBudget);
                upper[i] = Math.Max(lower[i], Math.Min(current[i] * (1 + (double)limits.MaxIncreaseFraction), curves[i].Cap));
            }
            else
            {
                upper[i] = curves[i].Cap;
            }
        }

        var slack = BudgetWriter.CentsPerCampaign * n;
        var total = (double)(market.TotalDailyBudget - market.PendingLaunchBudget) - slack;
        var move = constrained ? (double)limits.MaxReallocationPerDay - slack : double.PositiveInfinity;
        return DailyAllocator.Solve(new AllocationProblem(curves, current, lower, upper, total, move));
    }
}
