namespace BudgetPilot.Core.Allocation;

/// <summary>The response-curve allocator's knobs; the guardrails themselves live in the workspace settings.</summary>
public sealed record AllocatorSettings
{
    /// <summary>
    /// At most this share of the total daily budget is moved to test what the curves are unsure of (Thompson
    /// sampling). Small by default: against none, 2% cost about half a point of the oracle at 30 and at 90
    /// days in the benchmark, while 0.5% measured the same as none; a market that drifts more may want more.
    /// </summary>
    public decimal ExplorationShare { get; init; } = 0.005m;

    /// <summary>
    /// Dead band: moving a dollar must raise marginal ROAS by at least this much, so a market whose
    /// returns are already equal (within the noise) is left alone instead of being churned.
    /// </summary>
    public double Hysteresis { get; init; } = 0.08;

    /// <summary>Changes smaller than this fraction of a campaign's budget are not worth an action.</summary>
    public decimal MinChangeFraction { get; init; } = 0.03m;

    /// <summary>The local hour at which the day's allocation is made; budgets are daily, so once a day is enough.</summary>
    public int DecisionHour { get; init; }

    /// <summary>Older days weigh less: markets drift, fatigue and shocks pass. Half-life in days.</summary>
    public double HalfLifeDays { get; init; } = 10;

    /// <summary>How many days of daily points the allocator remembers per campaign (the analysis shows only a week).</summary>
    public int MemoryDays { get; init; } = 28;

    /// <summary>Carry-over of yesterday's spend into today's effect (adstock θ); not identifiable from a few weeks, so a prior.</summary>
    public double Adstock { get; init; } = 0.1;

    /// <summary>Prior uncertainty of a campaign's return level around its platform's, as a coefficient of variation.</summary>
    public double PriorSpread { get; init; } = 0.6;

    /// <summary>Complete days a campaign needs before the allocator moves its budget.</summary>
    public int MinDays { get; init; } = 3;

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (ExplorationShare is < 0m or > 0.5m)
        {
            errors.Add($"allocator.exploration_share: {ExplorationShare} must be between 0% and 50%.");
        }

        if (Hysteresis is < 0 or > 2 || !double.IsFinite(Hysteresis))
        {
            errors.Add($"allocator.hysteresis: {Hysteresis} must be between 0 and 2 (a ROAS difference).");
        }

        if (MinChangeFraction is < 0m or > 0.5m)
        {
            errors.Add($"allocator.min_change: {MinChangeFraction} must be between 0% and 50%.");
        }

        if (DecisionHour is < 0 or > 23)
        {
            errors.Add($"allocator.decision_hour: {DecisionHour} must be between 0 and 23.");
        }

        if (HalfLifeDays is < 1 or > 365 || !double.IsFinite(HalfLifeDays))
        {
            errors.Add($"allocator.half_life_days: {HalfLifeDays} must be between 1 and 365.");
        }

        if (MemoryDays is < 7 or > 365)
        {
            errors.Add($"allocator.memory_days: {MemoryDays} must be between 7 and 365.");
        }

        if (Adstock is < 0 or >= 0.95 || !double.IsFinite(Adstock))
        {
            errors.Add($"allocator.adstock: {Adstock} must be at least 0 and below 0.95.");
        }

        if (PriorSpread is <= 0 or > 5 || !double.IsFinite(PriorSpread))
        {
            errors.Add($"allocator.prior_spread: {PriorSpread} must be above 0 and at most 5.");
        }

        if (MinDays is < 1 or > 30)
        {
            errors.Add($"allocator.min_days: {MinDays} must be between 1 and 30.");
        }

        return errors;
    }
}
