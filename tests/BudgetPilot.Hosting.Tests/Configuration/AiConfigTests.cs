using BudgetPilot.Ai;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetPilot.Hosting.Tests.Configuration;

public sealed class AiConfigTests
{
    [Fact]
    public void No_ai_section_means_no_llm()
    {
        var config = Yaml.Parse(Yaml.Workspace);

        Assert.Equal(AiProvider.None, config.Ai.Provider);
        Assert.False(config.Ai.Enabled);
    }

    [Fact]
    public void An_openai_compatible_server_is_read_with_its_endpoint_budget_and_prices()
    {
        var config = Yaml.Parse(Yaml.Workspace + """
            ai: { provider: openai, model: llama3.1, endpoint: "http://localhost:11434/v1/", api_key_env: OLLAMA_KEY, timeout_seconds: 20, max_tokens_per_cycle: 12000, max_output_tokens: 2000, price_per_million_input_tokens: 0.5, price_per_million_output_tokens: 1.5 }
            """);

        var ai = config.Ai;
        Assert.Equal((AiProvider.OpenAI, "llama3.1", "OLLAMA_KEY"), (ai.Provider, ai.Model, ai.ApiKeyEnv));
        Assert.Equal(new Uri("http://localhost:11434/v1/"), ai.Endpoint);
        Assert.Equal((TimeSpan.FromSeconds(20), 12_000, 2_000), (ai.Timeout, ai.MaxTokensPerCycle, ai.MaxOutputTokens));
        Assert.Equal((0.5m, 1.5m), (ai.PricePerMillionInputTokens, ai.PricePerMillionOutputTokens));
    }

    [Fact]
    public void Anthropic_defaults_to_a_current_sonnet_and_its_key_variable()
    {
        var ai = Yaml.Parse(Yaml.Workspace + "ai: { provider: anthropic }").Ai;

        Assert.Equal((AiOptions.DefaultAnthropicModel, "ANTHROPIC_API_KEY"), (ai.Model, ai.ApiKeyEnv));
        Assert.StartsWith("claude-sonnet", ai.Model, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_written_in_the_file_is_refused_with_where_it_belongs()
    {
        var error = Assert.Single(Yaml.Errors(Yaml.Workspace + "ai: { provider: anthropic, api_key: sk-ant-123 }"), e => e.Path == "ai.api_key");

        Assert.Contains("environment variable", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
    }

    [Theory]
    [InlineData("ai: { provider: gemini }", "ai.provider", "not an AI provider")]
    [InlineData("ai: { provider: openai }", "ai.model", "is required")]
    [InlineData("ai: { provider: anthropic, endpoint: localhost }", "ai.endpoint", "not an http(s) URL")]
    [InlineData("ai: { provider: anthropic, timeout_seconds: 0 }", "ai.timeout_seconds", "between 1 and 600")]
    [InlineData("ai: { provider: anthropic, max_output_tokens: 50000 }", "ai.max_output_tokens", "no more than max_tokens_per_cycle")]
    public void Bad_values_name_the_key_and_the_reason(string line, string path, string reason)
    {
        var error = Assert.Single(Yaml.Errors(Yaml.Workspace + line), e => e.Path == path);

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_key_in_the_environment_the_engines_are_left_as_registered()
    {
        var config = Yaml.Parse(Yaml.Workspace + "ai: { provider: anthropic, api_key_env: BP_TEST_NO_SUCH_KEY }");
        var services = new ServiceCollection();
        services.AddSingleton<IReadOnlyList<IDecisionEngine>>([new SeedRulesEngine()]);

        services.AddBudgetPilotAi(config, _ => null);
        using var provider = services.BuildServiceProvider();

        Assert.Equal(["rules"], provider.GetRequiredService<IReadOnlyList<IDecisionEngine>>().Select(e => e.Name));
        var connection = provider.GetRequiredService<AiConnection>();
        Assert.False(connection.Connected);
        Assert.Contains("BP_TEST_NO_SUCH_KEY", connection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_key_the_llm_engine_is_appended_after_the_registered_engines()
    {
        var config = Yaml.Parse(Yaml.Workspace + "ai: { provider: anthropic, endpoint: \"http://127.0.0.1:9/\" }");
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IReadOnlyList<IDecisionEngine>>(_ => [new SeedRulesEngine()]);

        services.AddBudgetPilotAi(config, name => name == "ANTHROPIC_API_KEY" ? "sk-test" : null);
        using var provider = services.BuildServiceProvider();

        Assert.Equal(["rules", "llm"], provider.GetRequiredService<IReadOnlyList<IDecisionEngine>>().Select(e => e.Name));
        Assert.True(provider.GetRequiredService<AiConnection>().Connected);
    }
}
