using BudgetPilot.Core.Campaigns;
using BudgetPilot.Hosting.Configuration;
using BudgetPilot.Storage;

namespace BudgetPilot.Hosting.Tests.Configuration;

public sealed class ConfigParsingTests
{
    // The seed's Level 1 block, verbatim (its comments included), after the workspace every real file must have.
    private const string SeedFullAutonomous = Yaml.Workspace + """
        # Config dla Full Auto Mode
        autonomous_mode: true
        confidence_threshold: 0.85  # AI wykonuje akcje jeśli confidence > 85%

        # Human approval required tylko dla:
        human_approval_required:
          - budget_change_percentage > 20%
          - new_campaign_creation: true
          - pause_campaign_if_daily_spend > 5000
          - major_strategy_change: true

        # Limity bezpieczeństwa:
        guardrails:
          max_daily_adjustments: 50
          max_budget_reallocation_per_day: 30%
          max_single_budget_increase: 50%
          min_campaign_runtime_before_pause: 72h  # 3 days

        # Alert thresholds:
        alerts:
          roas_drop_percentage: 20
          cpa_increase_percentage: 25
          zero_conversions_hours: 48
        """;

    [Fact]
    public void Parse_SeedFullAutonomousBlock_GivesTheSeedsNumbers()
    {
        var config = Yaml.Parse(SeedFullAutonomous);
        var s = config.Settings;

        Assert.Equal(AutonomyLevel.FullAutonomous, s.Autonomy);
        Assert.Equal(0.85, s.ConfidenceThreshold);
        Assert.Equal(0.20m, s.HumanApprovalRequired.BudgetChangeFraction);
        Assert.True(s.HumanApprovalRequired.NewCampaignCreation);
        Assert.Equal(5000m, s.HumanApprovalRequired.PauseCampaignIfDailySpendAbove);
        Assert.True(s.HumanApprovalRequired.MajorStrategyChange);
        Assert.Equal(50, s.Guardrails.MaxDailyAdjustments);
        Assert.Equal(0.30m, s.Guardrails.MaxBudgetReallocationPerDayFraction);
        Assert.Equal(0.50m, s.Guardrails.MaxSingleBudgetIncreaseFraction);
        Assert.Equal(TimeSpan.FromHours(72), s.Guardrails.MinCampaignRuntimeBeforePause);
        Assert.Equal(0.20m, s.Alerts.RoasDropFraction);
        Assert.Equal(0.25m, s.Alerts.CpaIncreaseFraction);
        Assert.Equal(TimeSpan.FromHours(48), s.Alerts.ZeroConversionsFor);
    }

    [Fact]
    public void Parse_Workspace_MapsOntoCoreWorkspace()
    {
        var w = Yaml.Parse(SeedFullAutonomous).Workspace;

        Assert.Equal(("default", "Demo (simulated market)", 50000m, "USD"), (w.Id, w.Name, w.TotalDailyBudget, w.Currency));
        Assert.Equal("Europe/Warsaw", w.TimeZone.Id);
        Assert.Equal((3.0m, 40m, 15000m), (w.MinRoas, w.TargetCpa, w.MaxCampaignBudget));
    }

    [Fact]
    public void Parse_SeedSemiAutonomousBlock_IsSemiAutonomousWithFourHourTimeout()
    {
        var config = Yaml.Parse(Yaml.Workspace + """
            autonomous_mode: partial

            # Human approval required dla KAŻDEJ akcji:
            human_approval_required:
              - all_budget_changes: true
              - all_campaign_status_changes: true
              - all_bid_adjustments: true
              - all_targeting_changes: true

            # AI proponuje, manager zatwierdza
            approval_timeout: 4h  # Auto-reject po 4h
            """);

        Assert.Equal(AutonomyLevel.SemiAutonomous, config.Settings.Autonomy);
        Assert.Equal(TimeSpan.FromHours(4), config.Settings.ApprovalTimeout);
    }

    [Fact]
    public void Parse_SeedAdvisoryBlock_IsAdvisory()
    {
        var config = Yaml.Parse(Yaml.Workspace + """
            autonomous_mode: false

            # AI tylko analizuje i sugeruje
            # Manager wykonuje akcje ręcznie
            """);

        Assert.Equal(AutonomyLevel.Advisory, config.Settings.Autonomy);
    }

    [Fact]
    public void Parse_ApprovalRulesAsPlainMap_SameAsSeedList()
    {
        var config = Yaml.Parse(Yaml.Workspace + """
            human_approval_required: { budget_change_percentage: 25%, new_campaign_creation: false, pause_campaign_if_daily_spend: 7000, major_strategy_change: true }
            """);

        var rules = config.Settings.HumanApprovalRequired;
        Assert.Equal((0.25m, false, 7000m, true), (rules.BudgetChangeFraction, rules.NewCampaignCreation, rules.PauseCampaignIfDailySpendAbove, rules.MajorStrategyChange));
    }

    [Theory]
    [InlineData("30%", 0.30)]
    [InlineData("30", 0.30)]
    [InlineData("0.5%", 0.005)]
    [InlineData("100", 1.0)]
    public void Parse_Percentages_PercentSignOrBareNumberMeanPercent(string written, double fraction)
    {
        var config = Yaml.Parse(Yaml.Workspace + $"guardrails: {{ max_budget_reallocation_per_day: {written} }}");

        Assert.Equal((decimal)fraction, config.Settings.Guardrails.MaxBudgetReallocationPerDayFraction);
    }

    [Theory]
    [InlineData("72h", 72 * 60)]
    [InlineData("3 days", 72 * 60)]
    [InlineData("3d", 72 * 60)]
    [InlineData("30m", 30)]
    [InlineData("1h30m", 90)]
    [InlineData("01:30:00", 90)]
    public void Parse_Durations_AcceptUnitsAndTimeSpans(string written, int minutes)
    {
        var config = Yaml.Parse(Yaml.Workspace + $"guardrails: {{ min_campaign_runtime_before_pause: {written} }}");

        Assert.Equal(TimeSpan.FromMinutes(minutes), config.Settings.Guardrails.MinCampaignRuntimeBeforePause);
    }

    [Fact]
    public void Parse_MonitoringIntervalInSeconds_DrivesSettingsAndScheduler()
    {
        var config = Yaml.Parse(Yaml.Workspace + "monitoring_interval: 900");

        Assert.Equal(TimeSpan.FromMinutes(15), config.Settings.MonitoringInterval);
        Assert.Equal(TimeSpan.FromMinutes(15), config.Scheduler.Interval);
    }

    [Fact]
    public void Parse_SchedulerDisabled_IsOffOnThisNode()
    {
        Assert.False(Yaml.Parse(Yaml.Workspace + "scheduler: { enabled: false }").Scheduler.Enabled);
    }

    [Fact]
    public void EmbeddedDefaults_RunTheSimulatedMarketOnSqlite()
    {
        var config = BudgetPilotConfigFile.Read([], Yaml.NoEnvironment, Path.GetTempPath() + Guid.NewGuid());

        Assert.Equal(BudgetPilotConfigFile.EmbeddedSource, config.Source);
        Assert.True(config.IsSimulated);
        Assert.Equal(StorageProvider.Sqlite, config.Storage.Provider);
        Assert.Equal(42, config.Platforms["simulated"].GetInt("seed"));
        Assert.Equal(24, config.Platforms["simulated"].GetInt("campaigns"));
    }

    [Fact]
    public void RepositoryExample_ParsesAndMatchesTheDefaults()
    {
        var path = Path.Combine(Yaml.RepositoryRoot(), BudgetPilotConfigFile.FileName);
        var example = BudgetPilotConfigFile.Read(["--config", path], Yaml.NoEnvironment, Path.GetTempPath());
        var defaults = Yaml.Parse(BudgetPilotConfigFile.EmbeddedDefaults());

        Assert.Equal(path, example.Source);
        Assert.Equal(defaults.Settings, example.Settings);
        Assert.Equal(defaults.Workspace, example.Workspace);
    }

    [Fact]
    public void Locate_ConfigArgumentBeatsEnvironmentBeatsWorkingDirectory()
    {
        var env = new Dictionary<string, string> { [BudgetPilotConfigFile.PathVariable] = "/etc/bp.yaml" };

        Assert.Equal("/cli.yaml", BudgetPilotConfigFile.Locate(["--config=/cli.yaml"], env, "/tmp"));
        Assert.Equal("/etc/bp.yaml", BudgetPilotConfigFile.Locate([], env, "/tmp"));
        Assert.Null(BudgetPilotConfigFile.Locate([], Yaml.NoEnvironment, "/nonexistent-dir"));
    }
}
