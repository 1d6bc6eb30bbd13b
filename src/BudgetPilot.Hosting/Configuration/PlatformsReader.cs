using BudgetPilot.Core.Campaigns;

namespace BudgetPilot.Hosting.Configuration;

/// <summary>
/// The open <c>platforms</c> map. Common keys are checked here; other keys pass through to the adapter
/// that owns the section, which validates its own.
/// </summary>
internal static class PlatformsReader
{
    private static readonly string[] CommonKeys = ["enabled", "base_url", "api_version", "access_token", "ad_account_id"];

    private static readonly string[] SimulatedKeys = ["enabled", "seed", "campaigns", "scenario"];

    private static readonly string[] Names = [PlatformSection.SimulatedKey, .. Enum.GetValues<Platform>().Select(p => p.Key())];

    public static IReadOnlyDictionary<string, PlatformSection> Read(ConfigSection root)
    {
        var platforms = root.Section("platforms", Names);
        var result = new Dictionary<string, PlatformSection>(StringComparer.Ordinal);
        foreach (var name in platforms.Keys)
        {
            var section = platforms.Section(name, name == PlatformSection.SimulatedKey ? SimulatedKeys : null);
            result[name] = name == PlatformSection.SimulatedKey ? ReadSimulated(section) : ReadReal(section, name);
        }

        if (!result.Values.Any(p => p.Enabled))
        {
            root.Error("platforms", "no platform is enabled: add 'simulated: { enabled: true }' to try BudgetPilot on a simulated market, or configure a real one (google_ads, meta_ads, tiktok_ads, linkedin_ads)");
        }

        return result;
    }

    private static PlatformSection ReadSimulated(ConfigSection section)
    {
        var seed = section.Int("seed", 42);
        var campaigns = section.Int("campaigns", 24);
        if (campaigns is < 1 or > 10_000)
        {
            section.Error("campaigns", $"{campaigns} must be between 1 and 10000");
        }

        var scenario = section.Text("scenario") ?? "all_combined";
        if (!Simulation.Scenario.All.Any(s => s.Name == scenario))
        {
            section.Error("scenario", $"'{scenario}' is not a scenario; write one of {string.Join(", ", Simulation.Scenario.All.Select(s => s.Name))}");
        }

        return new PlatformSection(PlatformSection.SimulatedKey, section.Bool("enabled", true))
        {
            Settings = new Dictionary<string, string>
            {
                ["seed"] = seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["campaigns"] = campaigns.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["scenario"] = scenario,
            },
        };
    }

    private static PlatformSection ReadReal(ConfigSection section, string name)
    {
        var enabled = section.Bool("enabled", true);
        var baseUrl = section.Read<Uri?>("base_url", null, t =>
            Uri.TryCreate(t, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? (uri, null)
                : (null, "is not an absolute http(s) URL"));
        var token = section.Text("access_token");

        // An account imported from report exports needs no API credentials.
        var imported = section.Has("csv_folder");
        var account = section.Text("ad_account_id");
        if (enabled && !imported && !section.Has("access_token"))
        {
            section.Error("access_token", $"is required while {name} is enabled; write access_token: ${{{name.ToUpperInvariant()}_ACCESS_TOKEN}} to read it from the environment");
        }

        if (enabled && !imported && !section.Has("ad_account_id"))
        {
            section.Error("ad_account_id", $"is required while {name} is enabled: the account whose campaigns BudgetPilot manages");
        }

        if (enabled && !imported && name == Platform.GoogleAds.Key() && !section.Has("developer_token"))
        {
            section.Error("developer_token", "is required while google_ads is enabled: the Google Ads API developer token (write developer_token: ${GOOGLE_ADS_DEVELOPER_TOKEN})");
        }

        if (section.Text("time_zone") is { } zone && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            section.Error("time_zone", $"'{zone}' is not a known time zone (e.g. America/New_York)");
        }

        CheckRates(section);
        var extra = section.Keys.Where(k => !CommonKeys.Contains(k))
            .Select(k => (Key: k, Value: section.Text(k)))
            .Where(p => p.Value is not null)
            .ToDictionary(p => p.Key, p => p.Key is "csv_folder" or "currency_rates_file" ? section.Context.PathOf(p.Value!) : p.Value!, StringComparer.Ordinal);
        return new PlatformSection(name, enabled)
        {
            BaseUrl = baseUrl,
            ApiVersion = section.Text("api_version"),
            AccessToken = token,
            AdAccountId = account,
            Settings = extra,
        };
    }

    private static void CheckRates(ConfigSection section)
    {
        try
        {
            _ = RealPlatforms.Rates(section.Text("currency_rates"), section.Text("currency_rates_file") is { } file ? section.Context.PathOf(file) : null);
        }
        catch (Exception ex) when (ex is FormatException or IOException)
        {
            section.Error(section.Has("currency_rates") ? "currency_rates" : "currency_rates_file", ex.Message);
        }
    }
}
