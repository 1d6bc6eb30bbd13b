using BudgetPilot.Core.Execution;
using BudgetPilot.Platforms.Google;
using BudgetPilot.Platforms.Meta;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetPilot.Hosting.Tests.Configuration;

public sealed class RealPlatformConfigTests
{
    private const string Workspace = "workspace: { total_daily_budget: 1000, currency: USD, time_zone: UTC }\n";

    [Fact]
    public void Parse_GoogleWithoutDeveloperToken_NamesTheKey()
    {
        var error = Assert.Single(Yaml.Errors(Workspace + "platforms:\n  google_ads: { enabled: true, access_token: t, ad_account_id: \"1\" }\n"));

        Assert.Equal("platforms.google_ads.developer_token", error.Path);
    }

    [Fact]
    public void Parse_BadCurrencyRates_NamesTheKeyAndTheForm()
    {
        var error = Assert.Single(Yaml.Errors(Workspace + "platforms:\n  meta_ads: { enabled: true, access_token: t, ad_account_id: act_1, currency_rates: \"EUR=1.1\" }\n"));

        Assert.Equal("platforms.meta_ads.currency_rates", error.Path);
        Assert.Contains("FROM:TO=RATE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CsvFolder_NeedsNoCredentials()
    {
        var config = Yaml.Parse(Workspace + "platforms:\n  google_ads: { enabled: true, csv_folder: /tmp/exports }\n");

        Assert.Equal("/tmp/exports", config.Platforms["google_ads"].Settings["csv_folder"]);
    }

    [Fact]
    public void AddBudgetPilot_EnabledGoogleAndMeta_RegistersBothAdapters()
    {
        var config = Yaml.Parse(Workspace + """
            storage: { provider: sqlite, connection_string: "Data Source=:memory:" }
            platforms:
              google_ads: { enabled: true, access_token: t, ad_account_id: "123-456-7890", developer_token: d }
              meta_ads: { enabled: true, access_token: t, ad_account_id: act_1, base_url: "https://graph.example" }
            """);
        var services = new ServiceCollection();

        services.AddBudgetPilot(config);
        using var provider = services.BuildServiceProvider();

        var platforms = provider.GetRequiredService<IReadOnlyList<IAdPlatform>>();
        Assert.Collection(platforms, p => Assert.IsType<GoogleAdsPlatform>(p), p => Assert.IsType<MetaPlatform>(p));
    }
}
