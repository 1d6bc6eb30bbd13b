using BudgetPilot.Simulation.Constraints;
using BudgetPilot.Simulation.Curves;
using BudgetPilot.Simulation.Oracle;

namespace BudgetPilot.Simulation.Benchmark;

/// <summary>
/// Knows today's true curves and shocks (not the noise) and, each midnight, sets the budgets that
/// maximise today's true expected profit. Myopic by design: it ignores what today's spend adds to
/// tomorrow through adstock and fatigue. It comes in three strengths (<see cref="OracleMode"/>);
/// all of them leave room for campaigns the market will still launch.
/// </summary>
public sealed class OraclePolicy(OracleMode mode) : IMarketPolicy
{
    /// <summary>The constrained oracle of BENCHMARK.md: constraints (1)–(6), with nobody answering approvals.</summary>
    public const string ConstrainedName = "oracle";

    /// <summary>Constraints (1)–(5), every approval granted: a manager who says yes to every big move.</summary>
    public const string ApprovedName = "oracle_approved";

    /// <summary>Only Σ budgets ≤ total: prices the business rules.</summary>
    public const string UnconstrainedName = "unconstrained_oracle";

    /// <summary>Smallest budget an oracle cuts to: a platform's minimum, and a way back up.</summary>
    private const double MinimumBudget = 1.0;

    public string Name => NameOf(mode);

    public static string NameOf(OracleMode mode) => mode switch
    {
        OracleMode.Unattended => ConstrainedName,
        OracleMode.Approved => ApprovedName,
        _ => UnconstrainedName,
    };

    public ValueTask OnTickAsync(SimulatedMarket market, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(market);
        if (market.TickOfDay == 0)
        {
            BudgetWriter.Write(market, Plan(market, mode));
        }

        return ValueTask.CompletedTask;
    }

    public static double[] Plan(SimulatedMarket market, OracleMode mode)
    {
        ArgumentNullException.ThrowIfNull(market);
        var limits = new ConstraintLimits(market.TotalDailyBudget);
        var n = market.CampaignCount;
        var curves = new TrueCurve[n];
        var current = new double[n];
        var lower = new double[n];
        var upper = new double[n];

        // Unattended, a change above the approval threshold would wait for a manager who never comes,
        // so it is a limit in both directions; the rounding to cents must not tip a change over it.
        var unattended = mode == OracleMode.Unattended;
        var step = (double)limits.MaxUnapprovedChangeFraction * 0.999;
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

            if (mode == OracleMode.Unconstrained)
            {
                upper[i] = curves[i].Cap;
                continue;
            }

            var protectedWinner = market.ObservedRoas7d(i) > limits.ProtectWinnersAboveRoas;
            var increase = unattended ? Math.Min(step, (double)limits.MaxIncreaseFraction) : (double)limits.MaxIncreaseFraction;
            lower[i] = protectedWinner ? current[i] : unattended ? current[i] * (1 - step) : Math.Min(current[i], MinimumBudget);
            upper[i] = Math.Max(lower[i], Math.Min(current[i] * (1 + increase), curves[i].Cap));
        }

        var slack = BudgetWriter.CentsPerCampaign * n;
        var total = (double)(market.TotalDailyBudget - market.PendingLaunchBudget) - slack;
        var move = mode switch
        {
            OracleMode.Unconstrained => double.PositiveInfinity,
            OracleMode.Approved => (double)limits.MaxReallocationPerDay - slack,

            // Moving the major-change share or more is a strategy change that needs a manager.
            _ => Math.Min((double)limits.MaxReallocationPerDay, (double)(limits.MajorChangeShareOfBudget * market.TotalDailyBudget) - 0.01) - slack,
        };
        return DailyAllocator.Solve(new AllocationProblem(curves, current, lower, upper, total, Math.Max(0, move)));
    }
}
