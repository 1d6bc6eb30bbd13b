using BudgetPilot.Core.Campaigns;
using BudgetPilot.Hosting.Configuration;

namespace BudgetPilot.Hosting.Tests.Configuration;

public sealed class LearningPhaseConfigTests
{
    private const string Head = "workspace: { id: w, total_daily_budget: 1000, currency: USD, time_zone: UTC }\nplatforms: { simulated: { enabled: true } }\n";

    [Fact]
    public void Parse_NoLearningPhaseKey_StepsMetaOnlyBy20PercentEvery48Hours()
    {
        var rules = BudgetPilotConfigFile.Parse(Head, "test", new Dictionary<string, string>()).Settings.Guardrails.LearningPhase;

        var meta = Assert.Single(rules);
        Assert.Equal(Platform.MetaAds, meta.Key);
        Assert.Equal((0.20m, TimeSpan.FromHours(48)), (meta.Value.MaxStepFraction, meta.Value.MinInterval));
    }

    [Fact]
    public void Parse_PerPlatformRules_OverrideAddAndSwitchOff()
    {
        var yaml = Head + "guardrails: { learning_phase: { meta_ads: off, tiktok_ads: { max_step: 15%, min_interval: 72h } } }\n";

        var rules = BudgetPilotConfigFile.Parse(yaml, "test", new Dictionary<string, string>()).Settings.Guardrails.LearningPhase;

        Assert.False(rules.ContainsKey(Platform.MetaAds));
        Assert.Equal((0.15m, TimeSpan.FromHours(72)), (rules[Platform.TikTokAds].MaxStepFraction, rules[Platform.TikTokAds].MinInterval));
    }
}
