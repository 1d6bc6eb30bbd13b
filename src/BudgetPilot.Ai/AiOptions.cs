namespace BudgetPilot.Ai;

public enum AiProvider
{
    None,
    Anthropic,
    OpenAI,
}

/// <summary>
/// The <c>ai:</c> section. The key itself is never here: only the name of the environment variable
/// that holds it, so a configuration file can be shared without leaking a secret.
/// </summary>
public sealed record AiOptions
{
    public const string DefaultAnthropicModel = "claude-sonnet-4-5";

    public AiProvider Provider { get; init; } = AiProvider.None;

    public string Model { get; init; } = DefaultAnthropicModel;

    /// <summary>The server's base URL; null means the provider's own (required for an OpenAI-compatible server such as Ollama or vLLM).</summary>
    public Uri? Endpoint { get; init; }

    public string ApiKeyEnv { get; init; } = "ANTHROPIC_API_KEY";

    /// <summary>The whole call, retries included; past it the deterministic decisions stand alone.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Input plus output tokens one cycle may spend; a prompt that would not fit is not sent.</summary>
    public int MaxTokensPerCycle { get; init; } = 30_000;

    /// <summary>The reply's share of <see cref="MaxTokensPerCycle"/>.</summary>
    public int MaxOutputTokens { get; init; } = 4_000;

    public int MaxRetries { get; init; } = 2;

    public decimal PricePerMillionInputTokens { get; init; } = 3m;

    public decimal PricePerMillionOutputTokens { get; init; } = 15m;

    public bool Enabled => Provider != AiProvider.None;

    public decimal CostOf(long inputTokens, long outputTokens) =>
        Math.Round((inputTokens * PricePerMillionInputTokens + outputTokens * PricePerMillionOutputTokens) / 1_000_000m, 6);
}
