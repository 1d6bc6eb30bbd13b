using BudgetPilot.Core.Cycle;

namespace BudgetPilot.Web.Reading;

/// <summary>
/// The dashboard's view of the analysed workspace: the snapshot the last cycle analysed, published by the cycle
/// itself (<see cref="Publish"/>), so the dashboard never analyses every campaign again. Until a cycle has run in
/// this process (a node without the scheduler, or the first minutes after a start) it is loaded once and then
/// kept fresh in the background every <see cref="MaxAge"/>. A manager's command marks it stale.
/// </summary>
public sealed class SnapshotCache
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly TimeProvider time;
    private readonly LiveBoardCache live;
    private WorkspaceContext? context;
    private readonly ReadCache<CampaignBoard> boards;

    public SnapshotCache(TimeProvider time, LiveBoardCache live)
    {
        this.time = time;
        this.live = live;
        boards = new ReadCache<CampaignBoard>(time, MaxAge, async cancellationToken =>
        {
            var ctx = Volatile.Read(ref context) ?? throw new InvalidOperationException("No workspace to load yet.");
            var now = ctx.Time.GetUtcNow();
            return new CampaignBoard(await WorkspaceSnapshot.LoadAsync(ctx.Stores, ctx.Workspace, ctx.Settings, now, cancellationToken), now);
        });
    }

    public async Task<WorkspaceSnapshot> GetAsync(WorkspaceContext ctx, CancellationToken cancellationToken) =>
        (await BoardAsync(ctx, cancellationToken)).Snapshot;

    public Task<CampaignBoard> BoardAsync(WorkspaceContext ctx, CancellationToken cancellationToken)
    {
        Volatile.Write(ref context, ctx);
        return boards.GetAsync(cancellationToken);
    }

    /// <summary>The cycle's own analyses: they replace the board at once, and the alerts and queues it changed are re-read.</summary>
    public void Publish(WorkspaceSnapshot snapshot)
    {
        // Loading a snapshot from the database costs roughly 3 ms a campaign (28 s for 10,000 on SQLite, measured):
        // a command on a large workspace must not wait for that, so the estimate decides whether it does.
        boards.Publish(new CampaignBoard(snapshot, time.GetUtcNow()), TimeSpan.FromMilliseconds(3 * snapshot.Analyses.Count));
        live.Changed();
    }

    /// <summary>A command changed campaigns, alerts or queues.</summary>
    public void Invalidate()
    {
        boards.Invalidate();
        live.Changed();
    }
}
