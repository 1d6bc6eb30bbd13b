using BudgetPilot.Ai;

namespace BudgetPilot.Hosting.Configuration;

/// <summary>
/// The optional <c>ai</c> section. Absent, or <c>provider: none</c>, means the deterministic engines alone.
/// A key written into the file is refused: it belongs in the environment variable that <c>api_key_env</c> names.
/// </summary>
internal static class AiReader
{
    private static readonly string[] Keys =
    [
        "provider", "model", "endpoint", "api_key_env", "api_key", "timeout_seconds", "max_tokens_per_cycle", "max_output_tokens",
        "max_retries", "price_per_million_input_tokens", "price_per_million_output_tokens",
    ];

    public static AiOptions Read(ConfigSection root)
    {
        var section = root.Section("ai", Keys);
        var provider = section.Read("provider", AiProvider.None, t => t.Trim().ToLowerInvariant() switch
        {
            "none" or "off" => (AiProvider.None, null),
            "anthropic" or "claude" => (AiProvider.Anthropic, null),
            "openai" or "openai_compatible" => (AiProvider.OpenAI, null),
            _ => (AiProvider.None, "is not an AI provider; write anthropic, openai (any OpenAI-compatible server) or none"),
        });
        if (section.Has("api_key"))
        {
            section.Error("api_key", "keys are never read from the file: put the key in an environment variable and name it in api_key_env");
        }

        var anthropic = provider == AiProvider.Anthropic;
        var model = section.Text("model") ?? (anthropic ? AiOptions.DefaultAnthropicModel : null);
        if (provider == AiProvider.OpenAI && model is null)
        {
            section.Error("model", "is required for an OpenAI-compatible server (e.g. gpt-4.1 or llama3.1)");
        }

        var endpoint = section.Read<Uri?>("endpoint", null, t => Uri.TryCreate(t.Trim(), UriKind.Absolute, out var u) && u.Scheme is "http" or "https"
            ? (u, null)
            : (null, "is not an http(s) URL, e.g. http://localhost:11434/v1/"));
        var timeout = section.Int("timeout_seconds", 60);
        var budget = section.Int("max_tokens_per_cycle", 30_000);
        var output = section.Int("max_output_tokens", 4_000);
        var retries = section.Int("max_retries", 2);
        var priceIn = section.Decimal("price_per_million_input_tokens", anthropic ? 3m : 0m);
        var priceOut = section.Decimal("price_per_million_output_tokens", anthropic ? 15m : 0m);
        Check(section, timeout is >= 1 and <= 600, "timeout_seconds", $"{timeout} must be between 1 and 600");
        Check(section, budget is >= 1_000 and <= 2_000_000, "max_tokens_per_cycle", $"{budget} must be between 1000 and 2000000");
        Check(section, output is >= 500 && output <= budget, "max_output_tokens", $"{output} must be at least 500 and no more than max_tokens_per_cycle");
        Check(section, retries is >= 0 and <= 5, "max_retries", $"{retries} must be between 0 and 5");
        Check(section, priceIn >= 0m, "price_per_million_input_tokens", "must not be negative");
        Check(section, priceOut >= 0m, "price_per_million_output_tokens", "must not be negative");

        return new AiOptions
        {
            Provider = provider,
            Model = model ?? AiOptions.DefaultAnthropicModel,
            Endpoint = endpoint,
            ApiKeyEnv = section.Text("api_key_env") ?? (anthropic ? "ANTHROPIC_API_KEY" : "OPENAI_API_KEY"),
            Timeout = TimeSpan.FromSeconds(timeout),
            MaxTokensPerCycle = budget,
            MaxOutputTokens = output,
            MaxRetries = retries,
            PricePerMillionInputTokens = priceIn,
            PricePerMillionOutputTokens = priceOut,
        };
    }

    private static void Check(ConfigSection section, bool ok, string key, string message)
    {
        if (!ok)
        {
            section.Error(key, message);
        }
    }
}
