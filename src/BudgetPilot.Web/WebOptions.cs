namespace BudgetPilot.Web;

/// <summary>Where the web host keeps its own small state (users, API tokens, settings changed in the UI), and login limits.</summary>
public sealed class WebOptions
{
    public const string Section = "BudgetPilot:Web";

    /// <summary>Folder for users.json, tokens.json and settings.json; a relative one is the configuration file's folder's.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Login attempts allowed per client address per minute.</summary>
    public int LoginAttemptsPerMinute { get; set; } = 10;

    /// <summary>How often the live event stream looks for new activity.</summary>
    public TimeSpan LivePollInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How old the shared alerts, queues and activity may get before they are re-read in the background.</summary>
    public TimeSpan LiveBoardMaxAge { get; set; } = TimeSpan.FromSeconds(10);

    public string PathOf(string file) => Path.Combine(Path.GetFullPath(DataDirectory), file);
}
