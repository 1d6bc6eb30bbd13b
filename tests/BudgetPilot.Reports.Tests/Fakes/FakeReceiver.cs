using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BudgetPilot.Reports.Tests.Fakes;

/// <summary>A Slack incoming webhook or a webhook consumer on Kestrel at 127.0.0.1:0: logs every POST, answers with <see cref="Status"/>.</summary>
public sealed class FakeReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<Received> received = new();

    private FakeReceiver()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            received.Enqueue(new Received(context.Request.Path, context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body));
            context.Response.StatusCode = Status;
        });
    }

    public sealed record Received(string Path, IReadOnlyDictionary<string, string> Headers, string Body);

    public int Status { get; set; } = StatusCodes.Status200OK;

    public Uri Url { get; private set; } = new("http://127.0.0.1/");

    public IReadOnlyList<Received> Requests => [.. received];

    public static async Task<FakeReceiver> StartAsync()
    {
        var receiver = new FakeReceiver();
        await receiver.app.StartAsync();
        receiver.Url = new Uri(receiver.app.Urls.First().TrimEnd('/') + "/hook");
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
