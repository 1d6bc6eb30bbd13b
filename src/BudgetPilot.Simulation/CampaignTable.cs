using BudgetPilot.Core.Campaigns;
using BudgetPilot.Simulation.Randomness;

namespace BudgetPilot.Simulation;

/// <summary>
/// Campaign state as parallel arrays (structure of arrays) so that the tick loop touches only the few
/// columns it needs and never allocates. Grows only when a campaign is created mid-run.
/// </summary>
internal sealed class CampaignTable(int capacity)
{
    public int Count { get; private set; }

    // Identity and settings a platform shows.
    public CampaignId[] Ids = new CampaignId[capacity];
    public string[] Names = new string[capacity];
    public Platform[] Platforms = new Platform[capacity];
    public DateTimeOffset[] StartedAt = new DateTimeOffset[capacity];
    public int[] LaunchTick = new int[capacity];
    public bool[] Launched = new bool[capacity];
    public bool[] Active = new bool[capacity];
    public decimal[] Budget = new decimal[capacity];
    public double[] LaunchBudget = new double[capacity];

    // Truth, fixed per campaign.
    public double[] Alpha = new double[capacity];
    public double[] Kappa0 = new double[capacity];
    public double[] Beta0 = new double[capacity];
    public double[] Theta = new double[capacity];
    public double[] Aov = new double[capacity];
    public double[] Cpc0 = new double[capacity];
    public double[] Ctr0 = new double[capacity];
    public double[] Cap = new double[capacity];
    public double[] SBar = new double[capacity];
    public double[] Rho = new double[capacity];
    public double[] Eta = new double[capacity];
    public double[] E0 = new double[capacity];
    public double[] FMin = new double[capacity];
    public double[] Dispersion = new double[capacity];
    public double[] WeekdayAmplitude = new double[capacity];
    public int[] RefreshEveryDays = new int[capacity];

    // Truth that moves day to day.
    public double[] Adstock = new double[capacity];
    public double[] Exposure = new double[capacity];
    public double[] Fatigue = new double[capacity];
    public double[] LogKappaDrift = new double[capacity];
    public double[] LogBetaDrift = new double[capacity];
    public bool[] ChangePointHit = new bool[capacity];
    public int[] NextRefreshDay = new int[capacity];
    public double[] Amplitude = new double[capacity];
    public double[] Kappa = new double[capacity];

    // Running sums.
    public double[] ValueRate = new double[capacity];
    public double[] SpendRate = new double[capacity];
    public double[] DaySpend = new double[capacity];
    public double[] DayValue = new double[capacity];
    public double[] HourSpend = new double[capacity];
    public double[] HourValue = new double[capacity];
    public Prng[] Noise = new Prng[capacity];
    public Prng[] DriftNoise = new Prng[capacity];

    // Conversions by lag bucket for the last RingHours hours, per campaign: [hour slot * buckets + bucket].
    public float[][] RingConversions = new float[capacity][];
    public double[][] RingValue = new double[capacity][];

    public int Add()
    {
        if (Count == Ids.Length)
        {
            Grow(Math.Max(4, Count * 2));
        }

        return Count++;
    }

    private void Grow(int size)
    {
        foreach (var field in typeof(CampaignTable).GetFields())
        {
            var old = field.GetValue(this) as Array ?? throw new InvalidOperationException(field.Name);
            var element = old.GetType().GetElementType() ?? throw new InvalidOperationException(field.Name);
            var resized = Array.CreateInstance(element, size);
            Array.Copy(old, resized, old.Length);
            field.SetValue(this, resized);
        }
    }
}
