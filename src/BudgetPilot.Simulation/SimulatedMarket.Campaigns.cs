using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Execution;
using BudgetPilot.Simulation.Curves;

namespace BudgetPilot.Simulation;

public sealed partial class SimulatedMarket
{
    private int created;

    /// <summary>Every budget and status change since the warm-up began, in order; the benchmark checks constraints on it.</summary>
    public IReadOnlyList<BudgetChange> Changes => changes;

    /// <summary>Budgets of cold-start campaigns the market will still launch itself; an oracle leaves room for them.</summary>
    public decimal PendingLaunchBudget
    {
        get
        {
            var sum = 0m;
            for (var i = 0; i < table.Count; i++)
            {
                sum += table.Launched[i] ? 0m : (decimal)table.LaunchBudget[i];
            }

            return sum;
        }
    }

    public decimal ActiveBudgetTotal
    {
        get
        {
            var sum = 0m;
            for (var i = 0; i < table.Count; i++)
            {
                sum += table.Launched[i] && table.Active[i] ? table.Budget[i] : 0m;
            }

            return sum;
        }
    }

    public bool IsLaunched(int index) => table.Launched[index];

    public int IndexOf(CampaignId id) => byId.TryGetValue(id, out var index) ? index : -1;

    public Campaign Campaign(int index) => new(
        table.Ids[index],
        table.Names[index],
        table.Active[index] ? CampaignStatus.Active : CampaignStatus.Paused,
        table.Budget[index],
        table.StartedAt[index]);

    /// <summary>Today's noise-free value curve of a campaign, as the oracle sees it.</summary>
    public TrueCurve TrueCurve(int index) => new(
        table.Amplitude[index],
        table.Kappa[index],
        table.Alpha[index],
        table.Theta[index] * table.Adstock[index],
        table.Cap[index]);

    /// <summary>A creative refresh: fatigue exposure starts again from zero (takes effect on the value from the next day).</summary>
    public void RefreshCreative(int index) => table.Exposure[index] = 0;

    /// <summary>Writes absolute values (or creates a campaign when <see cref="CampaignChange.NewCampaignName"/> is set) and logs the change.</summary>
    public Campaign Apply(CampaignChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.NewCampaignName is { } name)
        {
            return Create(change.Campaign, name, change.DailyBudget ?? 0m, change.Status ?? CampaignStatus.Active);
        }

        var i = IndexOf(change.Campaign);
        if (i < 0 || !table.Launched[i])
        {
            throw new ArgumentException($"Campaign {change.Campaign} does not exist.", nameof(change));
        }

        if (change.DailyBudget is < 0m)
        {
            throw new ArgumentException($"A daily budget cannot be negative ({change.DailyBudget}).", nameof(change));
        }

        var oldStatus = table.Active[i] ? CampaignStatus.Active : CampaignStatus.Paused;
        var oldBudget = table.Budget[i];
        table.Active[i] = (change.Status ?? oldStatus) == CampaignStatus.Active;
        table.Budget[i] = change.DailyBudget ?? oldBudget;
        Reprice(i);
        Log(i, ChangeSource.Policy, oldStatus, oldBudget);
        return Campaign(i);
    }

    public Campaign SetBudget(int index, decimal dailyBudget) => Apply(new CampaignChange(table.Ids[index], null, dailyBudget));

    public Campaign SetStatus(int index, CampaignStatus status) => Apply(new CampaignChange(table.Ids[index], status, null));

    private Campaign Create(CampaignId id, string name, decimal budget, CampaignStatus status)
    {
        if (byId.ContainsKey(id))
        {
            throw new ArgumentException($"Campaign {id} already exists.", nameof(id));
        }

        var i = table.Add();
        var reference = Math.Max((double)budget, (double)Spec.TotalDailyBudget / Math.Max(1, Spec.CampaignCount));
        CampaignFactory.Draw(table, i, Spec.Seed ^ 0xC0FFEEUL, id.Platform, reference, lag.Buckets);
        table.Noise[i] = Randomness.Prng.ForStream(Spec.Seed, 4_000_000UL + (ulong)created++);
        table.Ids[i] = id;
        table.Names[i] = name;
        table.StartedAt[i] = Now;
        table.Launched[i] = true;
        table.Active[i] = status == CampaignStatus.Active;
        table.Budget[i] = budget;
        table.Adstock[i] = 0;
        table.Exposure[i] = 0;
        byId[id] = i;
        Array.Resize(ref changePointHits, Math.Max(changePointHits.Length, i + 1));
        RefreshTruth(i);
        Log(i, ChangeSource.Created, CampaignStatus.Paused, 0m);
        return Campaign(i);
    }

    private void Launch(int i)
    {
        var headroom = Math.Max(0m, Spec.TotalDailyBudget - ActiveBudgetTotal);
        table.Launched[i] = true;
        table.Active[i] = true;
        table.Budget[i] = Math.Min((decimal)table.LaunchBudget[i], decimal.Floor(headroom * 100m) / 100m);
        table.LaunchBudget[i] = 0;
        table.Adstock[i] = 0;
        table.Exposure[i] = 0;
        Log(i, ChangeSource.Launch, CampaignStatus.Paused, 0m);
    }

    private void Log(int i, ChangeSource source, CampaignStatus oldStatus, decimal oldBudget) =>
        changes.Add(new BudgetChange(
            Now,
            table.Ids[i],
            source,
            table.StartedAt[i],
            oldStatus,
            oldBudget,
            table.Active[i] ? CampaignStatus.Active : CampaignStatus.Paused,
            table.Budget[i],
            source == ChangeSource.Policy ? ObservedRoas7d(i) : 0));
}
