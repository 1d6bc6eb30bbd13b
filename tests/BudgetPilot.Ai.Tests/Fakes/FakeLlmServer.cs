using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace BudgetPilot.Ai.Tests.Fakes;

/// <summary>
/// One Kestrel server on 127.0.0.1:0 that speaks both the Anthropic Messages API (POST /v1/messages) and
/// an OpenAI-compatible chat endpoint (POST /v1/chat/completions), in their real success and error shapes.
/// Replies are scripted in order; an empty script answers with an empty JSON object.
/// </summary>
public sealed class FakeLlmServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<Reply> script = new();
    private readonly ConcurrentQueue<Received> received = new();

    private FakeLlmServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.Run(HandleAsync);
    }

    public abstract record Reply;

    /// <summary>The model's text; with <see cref="ToolCalls"/> a tool-use turn instead.</summary>
    public sealed record Text(string Content, int InputTokens = 1200, int OutputTokens = 300) : Reply
    {
        public IReadOnlyList<(string Name, string ArgumentsJson)> ToolCalls { get; init; } = [];
    }

    public sealed record Error(int Status, string Type, string Message, string? RetryAfter = null) : Reply;

    /// <summary>Holds the request open until the client gives up.</summary>
    public sealed record Hang : Reply;

    public sealed record Received(string Path, JsonNode Body, string? ApiKey);

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public IReadOnlyList<Received> Requests => [.. received];

    /// <summary>Completes when a scripted <see cref="Hang"/> has a request waiting on it.</summary>
    public TaskCompletionSource Hanging { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static async Task<FakeLlmServer> StartAsync(params Reply[] replies)
    {
        var server = new FakeLlmServer();
        foreach (var r in replies)
        {
            server.script.Enqueue(r);
        }

        await server.app.StartAsync();
        server.BaseUrl = new Uri(server.app.Urls.First().TrimEnd('/') + "/");
        return server;
    }

    public void Enqueue(Reply reply) => script.Enqueue(reply);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = JsonNode.Parse(await reader.ReadToEndAsync()) ?? new JsonObject();
        var path = context.Request.Path.Value ?? "";
        var key = context.Request.Headers["x-api-key"].FirstOrDefault() ?? context.Request.Headers.Authorization.FirstOrDefault();
        received.Enqueue(new Received(path, body, key));
        var anthropic = path.EndsWith("/messages", StringComparison.Ordinal);
        if (!anthropic && !path.EndsWith("/chat/completions", StringComparison.Ordinal))
        {
            await WriteAsync(context, 404, """{"error":"not found"}""");
            return;
        }

        var reply = script.TryDequeue(out var next) ? next : new Text("{}");
        switch (reply)
        {
            case Hang:
                Hanging.TrySetResult();
                try
                {
                    await Task.Delay(Timeout.Infinite, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                }

                return;
            case Error e:
                if (e.RetryAfter is not null)
                {
                    context.Response.Headers["retry-after"] = e.RetryAfter;
                }

                await WriteAsync(context, e.Status, anthropic
                    ? new JsonObject { ["type"] = "error", ["error"] = new JsonObject { ["type"] = e.Type, ["message"] = e.Message } }.ToJsonString()
                    : new JsonObject { ["error"] = new JsonObject { ["message"] = e.Message, ["type"] = e.Type, ["code"] = e.Type } }.ToJsonString());
                return;
            case Text t:
                await WriteAsync(context, 200, anthropic ? AnthropicMessage(t, body) : OpenAiCompletion(t, body));
                return;
        }
    }

    private static string AnthropicMessage(Text t, JsonNode request)
    {
        var content = new JsonArray();
        if (t.Content.Length > 0)
        {
            content.Add(new JsonObject { ["type"] = "text", ["text"] = t.Content });
        }

        var i = 0;
        foreach (var (name, args) in t.ToolCalls)
        {
            content.Add(new JsonObject { ["type"] = "tool_use", ["id"] = $"toolu_{++i:00}", ["name"] = name, ["input"] = JsonNode.Parse(args) });
        }

        return new JsonObject
        {
            ["id"] = "msg_01FakeLlmServer",
            ["type"] = "message",
            ["role"] = "assistant",
            ["model"] = request["model"]?.GetValue<string>() ?? "claude",
            ["content"] = content,
            ["stop_reason"] = t.ToolCalls.Count > 0 ? "tool_use" : "end_turn",
            ["stop_sequence"] = null,
            ["usage"] = new JsonObject { ["input_tokens"] = t.InputTokens, ["output_tokens"] = t.OutputTokens },
        }.ToJsonString();
    }

    private static string OpenAiCompletion(Text t, JsonNode request)
    {
        var message = new JsonObject { ["role"] = "assistant", ["content"] = t.ToolCalls.Count > 0 && t.Content.Length == 0 ? null : t.Content };
        if (t.ToolCalls.Count > 0)
        {
            var calls = new JsonArray();
            var i = 0;
            foreach (var (name, args) in t.ToolCalls)
            {
                calls.Add(new JsonObject { ["id"] = $"call_{++i}", ["type"] = "function", ["function"] = new JsonObject { ["name"] = name, ["arguments"] = args } });
            }

            message["tool_calls"] = calls;
        }

        return new JsonObject
        {
            ["id"] = "chatcmpl-fake",
            ["object"] = "chat.completion",
            ["created"] = 1_764_000_000,
            ["model"] = request["model"]?.GetValue<string>() ?? "local",
            ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["message"] = message, ["finish_reason"] = t.ToolCalls.Count > 0 ? "tool_calls" : "stop" }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = t.InputTokens, ["completion_tokens"] = t.OutputTokens, ["total_tokens"] = t.InputTokens + t.OutputTokens },
        }.ToJsonString();
    }

    private static Task WriteAsync(HttpContext context, int status, string json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(json);
    }

    public static string Serialize(object value) => JsonSerializer.Serialize(value);
}
