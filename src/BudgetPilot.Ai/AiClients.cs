using System.ClientModel;
using Anthropic;
using Anthropic.Core;
using Microsoft.Extensions.AI;
using OpenAI;

namespace BudgetPilot.Ai;

/// <summary>Makes the <see cref="IChatClient"/> for the configured provider through its official SDK.</summary>
public static class AiClients
{
    /// <summary>
    /// The client, or a reason there is none (no provider, no key). Without one BudgetPilot runs on the
    /// deterministic engines alone, which is a supported setup and not an error.
    /// </summary>
    public static (IChatClient? Client, string? Reason) Create(AiOptions options, Func<string, string?> environment)
    {
        if (!options.Enabled)
        {
            return (null, "no LLM configured (ai.provider: none)");
        }

        var key = environment(options.ApiKeyEnv);

        // Local OpenAI-compatible servers (Ollama, vLLM) usually need no key; Anthropic always does.
        if (string.IsNullOrWhiteSpace(key) && (options.Provider == AiProvider.Anthropic || options.Endpoint is null))
        {
            return (null, $"the environment variable {options.ApiKeyEnv} named by ai.api_key_env is not set");
        }

        return (options.Provider switch
        {
            AiProvider.Anthropic => Anthropic(options, key!),
            AiProvider.OpenAI => OpenAi(options, string.IsNullOrWhiteSpace(key) ? "none" : key),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown AI provider."),
        }, null);
    }

    private static IChatClient Anthropic(AiOptions options, string key)
    {
        var client = new AnthropicClient(new ClientOptions
        {
            ApiKey = key,
            BaseUrl = options.Endpoint?.ToString().TrimEnd('/') ?? EnvironmentUrl.Production,
            MaxRetries = options.MaxRetries,
            Timeout = options.Timeout,
        });
        return client.AsIChatClient(options.Model, options.MaxOutputTokens);
    }

    private static IChatClient OpenAi(AiOptions options, string key)
    {
        var clientOptions = new OpenAIClientOptions { NetworkTimeout = options.Timeout };
        if (options.Endpoint is { } endpoint)
        {
            clientOptions.Endpoint = endpoint;
        }

        clientOptions.RetryPolicy = new System.ClientModel.Primitives.ClientRetryPolicy(options.MaxRetries);
        return new OpenAIClient(new ApiKeyCredential(key), clientOptions).GetChatClient(options.Model).AsIChatClient();
    }
}
