namespace BudgetPilot.Simulation;

/// <summary>One campaign-hour as delivered; conversions and value are the totals once fully matured.</summary>
internal struct HourCell
{
    public double Spend;
    public double Value;
    public float Conversions;
    public float ImpressionShare;
    public int Impressions;
    public int Clicks;
}
