using System.Net;
using System.Net.Http.Json;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Memory;
using BudgetPilot.Web.Reading;
using BudgetPilot.Web.Tests.Support;
using Microsoft.Extensions.Options;

namespace BudgetPilot.Web.Tests.Api;

/// <summary>
/// The live stream and the read model behind it: what a cycle publishes is served without a load, and a cycle
/// or a command wakes every stream at once. The clock is fake and never advanced, so no poll interval ever
/// elapses: an event can only come from the change itself.
/// </summary>
public sealed class LiveTests(WebTestApp app) : IClassFixture<WebTestApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Publish_CycleSnapshot_IsServedWithoutLoadingUntilACommandMarksItStale()
    {
        var ctx = app.Services.GetRequiredService<WorkspaceContext>();
        var analysed = await ctx.SnapshotAsync(Ct);
        var empty = ctx with { Stores = Stores.Of(new InMemoryStore()) };
        var live = new LiveBoardCache(app.Time, Options.Create(new WebOptions()));
        var cache = new SnapshotCache(app.Time, live);

        cache.Publish(analysed);
        var published = await cache.BoardAsync(empty, Ct);

        // Read through a context whose stores are empty: the rows can only be the published analyses.
        Assert.Same(analysed, published.Snapshot);
        Assert.Equal(DemoState.Campaigns.Count, published.Rows.Count);
        Assert.Equal(analysed.Analyses.Sum(a => a.Windows.Today.Spend), published.Today.Spend);

        cache.Invalidate();
        var reloaded = await cache.BoardAsync(empty, Ct);
        Assert.Empty(reloaded.Rows);
    }

    [Fact]
    public async Task Events_ApprovalAndCycle_EachSendAChangedEventWithoutAReload()
    {
        using var client = await app.LoginAsync("approver");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        using var response = await client.GetAsync(new Uri("api/v1/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var stream = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));

        var first = await NextEventAsync(stream, timeout.Token);

        // A new action: approving the waiting increase executes it.
        using (var approve = await client.PostAsJsonAsync(new Uri($"api/v1/approvals/{DemoState.ApprovalId}/approve", UriKind.Relative), new { comment = "live" }, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        }

        var afterApproval = await NextEventAsync(stream, timeout.Token);
        Assert.NotEqual(first, afterApproval);
        var activity = await client.GetFromJsonAsync<System.Text.Json.JsonElement>(new Uri("api/v1/activity", UriKind.Relative), Ct);
        Assert.Equal(0, activity.GetProperty("pendingApprovals").GetInt32());

        // A cycle: it publishes its analyses, and the header's last refresh moves to it.
        var live = app.Services.GetRequiredService<LiveBoardCache>();
        var next = live.NextChange;
        CycleRecord cycle;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            cycle = await scope.ServiceProvider.GetRequiredService<ICycleRunner>().RunAsync(app.Time.GetUtcNow(), Ct);
        }

        Assert.True(next.IsCompleted, "the cycle published its analyses");
        var afterCycle = await NextEventAsync(stream, timeout.Token);
        Assert.NotEqual(afterApproval, afterCycle);
        var board = await live.GetAsync(app.Services.GetRequiredService<WorkspaceContext>(), Ct);
        Assert.Equal(afterCycle, board.Fingerprint);
        var overview = await client.GetFromJsonAsync<System.Text.Json.JsonElement>(new Uri("api/v1/overview", UriKind.Relative), Ct);
        Assert.Equal(cycle.At, overview.GetProperty("lastRefresh").GetDateTimeOffset());
    }

    private static async Task<string> NextEventAsync(StreamReader stream, CancellationToken cancellationToken)
    {
        string? name = null;
        while (await stream.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && name == "changed")
            {
                return line["data: ".Length..];
            }
        }

        throw new EndOfStreamException("The event stream ended.");
    }
}
