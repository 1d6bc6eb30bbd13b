namespace BudgetPilot.Hosting.Tests.Configuration;

public sealed class EnvironmentTests
{
    private const string Meta = """
        workspace: { total_daily_budget: 1000, currency: EUR, time_zone: UTC }
        platforms:
          meta_ads:
            enabled: true
            base_url: https://graph.facebook.com
            api_version: v21.0
            access_token: ${META_ACCESS_TOKEN}
            ad_account_id: act_123
            app_secret: ${META_APP_SECRET:-none}
        """;

    [Fact]
    public void Parse_SecretReference_IsReadFromTheEnvironment()
    {
        var config = Yaml.Parse(Meta, new Dictionary<string, string> { ["META_ACCESS_TOKEN"] = "tok-123" });

        var meta = config.Platforms["meta_ads"];
        Assert.Equal("tok-123", meta.AccessToken);
        Assert.Equal("none", meta.Settings["app_secret"]);
        Assert.Equal(new Uri("https://graph.facebook.com"), meta.BaseUrl);
        Assert.False(config.IsSimulated);
    }

    [Fact]
    public void Parse_SecretVariableUnset_NamesKeyAndVariable()
    {
        var error = Assert.Single(Yaml.Errors(Meta));

        Assert.Equal("platforms.meta_ads.access_token", error.Path);
        Assert.Contains("META_ACCESS_TOKEN is not set", error.Message);
        Assert.Equal(7, error.Line);
    }

    [Fact]
    public void PlatformSection_ToString_NeverShowsTheToken()
    {
        var config = Yaml.Parse(Meta, new Dictionary<string, string> { ["META_ACCESS_TOKEN"] = "tok-123" });

        Assert.DoesNotContain("tok-123", config.Platforms["meta_ads"].ToString());
        Assert.DoesNotContain("tok-123", config.ToString());
    }

    [Fact]
    public void Parse_DoubleUnderscoreOverride_SetsNestedKeysOverTheFile()
    {
        var env = new Dictionary<string, string>
        {
            ["BUDGETPILOT__WORKSPACE__TOTAL_DAILY_BUDGET"] = "60000",
            ["BUDGETPILOT__SCHEDULER__ENABLED"] = "false",
            ["BUDGETPILOT__PLATFORMS__META_ADS__ACCESS_TOKEN"] = "from-env",
        };

        var config = Yaml.Parse(Meta.Replace("${META_ACCESS_TOKEN}", "in-file", StringComparison.Ordinal), env);

        Assert.Equal(60000m, config.Workspace.TotalDailyBudget);
        Assert.False(config.Scheduler.Enabled);
        Assert.Equal("from-env", config.Platforms["meta_ads"].AccessToken);
    }

    [Fact]
    public void Parse_BadOverride_NamesTheVariable()
    {
        var env = new Dictionary<string, string> { ["BUDGETPILOT__CONFIDENCE_THRESHOLD"] = "high" };

        var error = Assert.Single(Yaml.Errors(Yaml.Workspace, env));

        Assert.Equal("confidence_threshold", error.Path);
        Assert.Contains("BUDGETPILOT__CONFIDENCE_THRESHOLD", error.Message);
    }
}
