using System.Runtime.CompilerServices;
using BudgetPilot.Hosting.Configuration;

namespace BudgetPilot.Hosting.Tests.Configuration;

internal static class Yaml
{
    public const string Workspace = """
        workspace: { id: default, name: "Demo (simulated market)", total_daily_budget: 50000, currency: USD, time_zone: Europe/Warsaw, min_roas: 3.0, target_cpa: 40, max_campaign_budget: 15000 }
        platforms: { simulated: { enabled: true, seed: 42, campaigns: 24 } }

        """;

    public static readonly IReadOnlyDictionary<string, string> NoEnvironment = new Dictionary<string, string>();

    public static BudgetPilotConfig Parse(string yaml, IReadOnlyDictionary<string, string>? environment = null) =>
        BudgetPilotConfigFile.Parse(yaml, "test.yaml", environment ?? NoEnvironment);

    public static IReadOnlyList<ConfigurationError> Errors(string yaml, IReadOnlyDictionary<string, string>? environment = null)
    {
        var e = Assert.Throws<ConfigurationException>(() => Parse(yaml, environment));
        return e.Errors;
    }

    public static string RepositoryRoot([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));
}
