using BudgetPilot.Core.Cycle;
using Microsoft.Extensions.Options;

namespace BudgetPilot.Web.Reading;

/// <summary>
/// The shared <see cref="LiveBoard"/>: re-read in the background when older than <see cref="WebOptions.LiveBoardMaxAge"/>,
/// re-read before answering after <see cref="Changed"/> (a cycle or a command), and a signal the live streams wait on.
/// </summary>
public sealed class LiveBoardCache
{
    private readonly ReadCache<LiveBoard> boards;
    private WorkspaceContext? context;
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public LiveBoardCache(TimeProvider time, IOptions<WebOptions> options) =>
        boards = new ReadCache<LiveBoard>(time, options.Value.LiveBoardMaxAge, cancellationToken =>
            LiveBoard.LoadAsync(Volatile.Read(ref context) ?? throw new InvalidOperationException("No workspace to load yet."), cancellationToken));

    public Task<LiveBoard> GetAsync(WorkspaceContext ctx, CancellationToken cancellationToken)
    {
        Volatile.Write(ref context, ctx);
        return boards.GetAsync(cancellationToken);
    }

    /// <summary>Completes at the next <see cref="Changed"/>.</summary>
    public Task NextChange => Volatile.Read(ref changed).Task;

    public void Changed()
    {
        boards.Invalidate();
        Interlocked.Exchange(ref changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }
}
