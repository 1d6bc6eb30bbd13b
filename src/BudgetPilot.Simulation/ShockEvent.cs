using BudgetPilot.Core.Campaigns;

namespace BudgetPilot.Simulation;

/// <summary>A competitor shock: value on the platform ×(1−δ) and CPC up, from day StartDay for Days days (run days).</summary>
public sealed record ShockEvent(Platform Platform, int StartDay, int Days, double Delta)
{
    public int EndDay => StartDay + Days;
}
