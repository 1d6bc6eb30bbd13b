using BudgetPilot.Core.Campaigns;

namespace BudgetPilot.Simulation.Curves;

/// <summary>
/// Day-of-week shape per platform, mean zero over a week, in [−1, 1]; a campaign scales it by its own
/// amplitude (15–25%). LinkedIn is B2B and dips at weekends; Meta and TikTok peak then.
/// </summary>
public static class WeekdayProfile
{
    // Index by DayOfWeek: Sunday = 0.
    private static readonly double[] Google = [-0.5, 0.2, 0.2, 0.2, 0.2, 0.2, -0.5];
    private static readonly double[] Meta = [0.5, -0.3, -0.3, -0.3, -0.3, 0.2, 0.5];
    private static readonly double[] TikTok = [0.7, -0.4, -0.4, -0.4, -0.4, 0.2, 0.7];
    private static readonly double[] LinkedIn = [-1.0, 0.4, 0.4, 0.4, 0.4, 0.4, -1.0];

    public static double Shape(Platform platform, DayOfWeek day) => platform switch
    {
        Platform.GoogleAds => Google[(int)day],
        Platform.MetaAds => Meta[(int)day],
        Platform.TikTokAds => TikTok[(int)day],
        Platform.LinkedInAds => LinkedIn[(int)day],
        _ => throw new ArgumentOutOfRangeException(nameof(platform), platform, "Unknown platform."),
    };
}
