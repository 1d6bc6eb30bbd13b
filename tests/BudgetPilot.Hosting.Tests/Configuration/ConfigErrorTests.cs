using BudgetPilot.Hosting.Configuration;

namespace BudgetPilot.Hosting.Tests.Configuration;

public sealed class ConfigErrorTests
{
    private const string Platforms = "platforms: { simulated: { enabled: true } }\n";

    private static ConfigurationError Single(string yaml, string path)
    {
        var errors = Yaml.Errors(yaml);
        return Assert.Single(errors, e => e.Path == path);
    }

    [Fact]
    public void Parse_NegativeBudget_NamesKeyValueAndLine()
    {
        var error = Single(Platforms + "workspace: { total_daily_budget: -100, currency: USD, time_zone: UTC }", "workspace.total_daily_budget");

        Assert.Contains("-100", error.Message);
        Assert.Contains("above 0", error.Message);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Parse_ReallocationOf150Percent_IsRefusedByCoreValidation()
    {
        var error = Single(Yaml.Workspace + "guardrails:\n  max_budget_reallocation_per_day: 150%\n", "guardrails.max_budget_reallocation_per_day");

        Assert.Contains("between 0% and 100%", error.Message);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void Parse_UnknownKey_SuggestsTheClosestKnownKey()
    {
        var error = Single(Yaml.Workspace + "guardrails: { max_daily_adjustment: 50 }", "guardrails.max_daily_adjustment");

        Assert.Contains("unknown key", error.Message);
        Assert.Contains("did you mean 'max_daily_adjustments'", error.Message);
    }

    [Fact]
    public void Parse_UnknownTopLevelKey_IsAnError()
    {
        var error = Single(Yaml.Workspace + "confidense_threshold: 0.9", "confidense_threshold");

        Assert.Contains("did you mean 'confidence_threshold'", error.Message);
    }

    [Theory]
    [InlineData("approval_timeout: 4 hourz", "approval_timeout", "not a duration")]
    [InlineData("approval_timeout: 4", "approval_timeout", "has no unit")]
    [InlineData("guardrails: { min_campaign_runtime_before_pause: soon }", "guardrails.min_campaign_runtime_before_pause", "not a duration")]
    public void Parse_BadDuration_NamesKeyAndReason(string line, string path, string reason)
    {
        var error = Single(Yaml.Workspace + line, path);

        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Parse_UnknownTimeZone_IsRefused()
    {
        var error = Single(Platforms + "workspace: { total_daily_budget: 100, currency: USD, time_zone: Europe/Warsow }", "workspace.time_zone");

        Assert.Contains("'Europe/Warsow' is not a known IANA time zone", error.Message);
    }

    [Fact]
    public void Parse_ConfidenceAboveOne_IsRefused()
    {
        var error = Single(Yaml.Workspace + "confidence_threshold: 1.7", "confidence_threshold");

        Assert.Contains("1.7", error.Message);
        Assert.Contains("between 0.5 and 1.0", error.Message);
        Assert.Equal(3, error.Line);
    }

    [Theory]
    [InlineData("guardrails: { max_daily_adjustments: many }", "guardrails.max_daily_adjustments", "not a whole number")]
    [InlineData("guardrails: { max_daily_adjustments: [1, 2] }", "guardrails.max_daily_adjustments", "found a list")]
    [InlineData("guardrails: 50", "guardrails", "expected a section of keys")]
    [InlineData("autonomous_mode: sometimes", "autonomous_mode", "true (full autonomous), partial")]
    [InlineData("human_approval_required: yes", "human_approval_required", "expected a list of rules")]
    public void Parse_WrongType_NamesKeyAndWhatWasExpected(string line, string path, string reason)
    {
        var error = Single(Yaml.Workspace + line, path);

        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Parse_AmbiguousFraction_AsksForAPercentSign()
    {
        var error = Single(Yaml.Workspace + "guardrails: { max_single_budget_increase: 0.5 }", "guardrails.max_single_budget_increase");

        Assert.Contains("ambiguous", error.Message);
        Assert.Contains("50%", error.Message);
    }

    [Fact]
    public void Parse_CampaignCapAboveTotal_IsRefused()
    {
        var error = Single(Platforms + "workspace: { total_daily_budget: 100, currency: USD, time_zone: UTC, max_campaign_budget: 500 }", "workspace.max_campaign_budget");

        Assert.Contains("above total_daily_budget", error.Message);
    }

    [Fact]
    public void Parse_LowerCaseCurrency_IsRefused()
    {
        Single(Platforms + "workspace: { total_daily_budget: 100, currency: usd, time_zone: UTC }", "workspace.currency");
    }

    [Fact]
    public void Parse_UnknownApprovalRule_SuggestsTheClosest()
    {
        var error = Single(Yaml.Workspace + "human_approval_required:\n  - budget_change_percent > 20%\n", "human_approval_required.budget_change_percent");

        Assert.Contains("did you mean 'budget_change_percentage'", error.Message);
    }

    [Fact]
    public void Parse_EveryChangeRuleInFullMode_PointsToPartial()
    {
        var error = Single(Yaml.Workspace + "human_approval_required:\n  - all_budget_changes: true\n", "human_approval_required.all_budget_changes");

        Assert.Contains("autonomous_mode: partial", error.Message);
    }

    [Fact]
    public void Parse_SeveralProblems_AreAllReported()
    {
        var errors = Yaml.Errors(Yaml.Workspace + """
            confidence_threshold: 1.7
            approval_timeout: later
            guardrails: { max_budget_reallocation_per_day: 150%, max_daily_adjusments: 5 }
            """);

        Assert.Equal(
            ["approval_timeout", "confidence_threshold", "guardrails.max_budget_reallocation_per_day", "guardrails.max_daily_adjusments"],
            errors.Select(e => e.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parse_MissingWorkspace_SaysWhatToWrite()
    {
        var error = Single(Platforms + "autonomous_mode: true", "workspace");

        Assert.Contains("total_daily_budget", error.Message);
    }

    [Fact]
    public void Parse_NoPlatformEnabled_IsRefused()
    {
        var error = Single("workspace: { total_daily_budget: 100, currency: USD, time_zone: UTC }", "platforms");

        Assert.Contains("no platform is enabled", error.Message);
    }

    [Fact]
    public void Parse_InvalidYaml_GivesLineAndColumn()
    {
        var error = Assert.Single(Yaml.Errors("workspace:\n  currency: USD\n time_zone: UTC\n"));

        Assert.Equal("(file)", error.Path);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void Parse_UnclosedBrace_IsRefusedAsInvalidYaml()
    {
        var error = Assert.Single(Yaml.Errors("workspace: { total_daily_budget: 100\nguardrails: [\n"));

        Assert.Contains("unclosed", error.Message);
    }

    [Fact]
    public void Read_MissingExplicitFile_IsRefused()
    {
        var e = Assert.Throws<ConfigurationException>(() => BudgetPilotConfigFile.Read(["--config", "/nonexistent/budgetpilot.yaml"], Yaml.NoEnvironment, "/"));

        Assert.Contains("does not exist", e.Message);
    }
}
