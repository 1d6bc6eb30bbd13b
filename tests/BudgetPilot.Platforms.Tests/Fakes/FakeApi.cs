using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BudgetPilot.Platforms.Tests.Fakes;

/// <summary>
/// A platform API on Kestrel at 127.0.0.1:0: every request is logged (with the fake clock's time), and
/// scripted faults are taken one per matching request.
/// </summary>
public abstract class FakeApi : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<(Fault Fault, string? PathContains)> faults = new();
    private readonly ConcurrentQueue<LoggedRequest> requests = new();
    private int inFlight;
    private int hung;
    private int timeoutsOwed;

    protected FakeApi(TimeProvider time)
    {
        Time = time;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.Run(HandleAsync);
    }

    public sealed record LoggedRequest(DateTimeOffset At, string Method, string Path, string Query, string Body);

    public TimeProvider Time { get; }

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public IReadOnlyList<LoggedRequest> Requests => [.. requests];

    public int InFlight => Volatile.Read(ref inFlight);

    /// <summary>Raised when a request starts hanging: only a timeout on the caller's side can end it now.</summary>
    public event Action? Hung;

    /// <summary>Hung requests whose caller has not yet been given the timeout that ends them.</summary>
    public int TimeoutsOwed => Volatile.Read(ref timeoutsOwed);

    public void TimeoutGiven() => Interlocked.Decrement(ref timeoutsOwed);

    /// <summary>A probability (0..1) of a random fault of <see cref="RandomFaults"/> on each request, for soak runs.</summary>
    public double RandomFaultRate { get; set; }

    public Fault[] RandomFaults { get; set; } = [Fault.ServerError, Fault.Throttle, Fault.LostReply, Fault.Malformed];

    public Random Random { get; } = new(7);

    public async Task<FakeApi> StartAsync()
    {
        await app.StartAsync();
        BaseUrl = new Uri(app.Urls.First().TrimEnd('/') + "/");
        return this;
    }

    public void Enqueue(Fault fault, string? pathContains = null) => faults.Enqueue((fault, pathContains));

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected abstract Task HandleAsync(HttpContext context, string body, Fault fault);

    protected static Task JsonAsync(HttpContext context, int status, string json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(json);
    }

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref inFlight);
        try
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            var path = context.Request.Path.Value ?? "";
            requests.Enqueue(new LoggedRequest(Time.GetUtcNow(), context.Request.Method, path, context.Request.QueryString.Value ?? "", body));
            var fault = TakeFault(path);
            switch (fault)
            {
                case Fault.Latency:
                    await Task.Delay(20);
                    break;
                case Fault.Hang:
                    // A hung call is not "being answered": the test clock may move on to its timeout.
                    Interlocked.Decrement(ref inFlight);
                    Interlocked.Increment(ref hung);
                    Interlocked.Increment(ref timeoutsOwed);
                    Hung?.Invoke();
                    await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                    return;
                case Fault.Malformed:
                    await JsonAsync(context, 200, "[{\"results\":[{\"campaign\":{\"id\":\"1");
                    return;
            }

            await HandleAsync(context, body, fault);
        }
        finally
        {
            if (Interlocked.Exchange(ref hung, 0) == 0)
            {
                Interlocked.Decrement(ref inFlight);
            }

        }
    }

    private Fault TakeFault(string path)
    {
        if (faults.TryPeek(out var next) && (next.PathContains is null || path.Contains(next.PathContains, StringComparison.Ordinal)) && faults.TryDequeue(out next))
        {
            return next.Fault;
        }

        lock (Random)
        {
            return RandomFaultRate > 0 && Random.NextDouble() < RandomFaultRate ? RandomFaults[Random.Next(RandomFaults.Length)] : Fault.None;
        }
    }
}
