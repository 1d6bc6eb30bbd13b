using Microsoft.Extensions.Time.Testing;

namespace BudgetPilot.Platforms.Tests;

/// <summary>
/// A fake clock that knows what the code under test is waiting for, so a test can move time exactly when, and as
/// far as, something waits: no polling of the real clock. A timer whose state is a <see cref="CancellationTokenSource"/>
/// is a deadline (an attempt's or a call's timeout); any other is a wait (a backoff, a Retry-After hint).
/// </summary>
internal sealed class DrivenClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Lock gate = new();
    private readonly List<Tracked> timers = [];
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next change worth a look: a timer created or rescheduled, or <see cref="Poke"/>.</summary>
    public Task ChangedAsync()
    {
        lock (gate)
        {
            return changed.Task;
        }
    }

    public void Poke()
    {
        TaskCompletionSource done;
        lock (gate)
        {
            done = changed;
            changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        done.TrySetResult();
    }

    /// <summary>The earliest pending wait, or deadline when <paramref name="withDeadlines"/>, and whether it is a deadline.</summary>
    public (DateTimeOffset Due, bool IsDeadline)? Next(bool withDeadlines)
    {
        lock (gate)
        {
            return timers.Where(t => t.Due is not null && (withDeadlines || !t.IsDeadline))
                .OrderBy(t => t.Due)
                .Select(t => ((DateTimeOffset, bool)?)(t.Due!.Value, t.IsDeadline))
                .FirstOrDefault();
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var tracked = new Tracked(this, state is CancellationTokenSource);
        tracked.Schedule(dueTime, period);
        tracked.Inner = base.CreateTimer(s => { tracked.Fired(); callback(s); }, state, dueTime, period);
        return tracked;
    }

    private sealed class Tracked(DrivenClock clock, bool isDeadline) : ITimer
    {
        private TimeSpan period = Timeout.InfiniteTimeSpan;

        public ITimer? Inner { get; set; }

        public bool IsDeadline => isDeadline;

        public DateTimeOffset? Due { get; private set; }

        public void Schedule(TimeSpan dueTime, TimeSpan every)
        {
            lock (clock.gate)
            {
                period = every;
                Due = dueTime == Timeout.InfiniteTimeSpan ? null : clock.GetUtcNow() + dueTime;
                if (!clock.timers.Contains(this))
                {
                    clock.timers.Add(this);
                }
            }

            clock.Poke();
        }

        public void Fired()
        {
            lock (clock.gate)
            {
                Due = period == Timeout.InfiniteTimeSpan || period == TimeSpan.Zero ? null : Due + period;
            }
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            Schedule(dueTime, period);
            return Inner?.Change(dueTime, period) ?? false;
        }

        public void Dispose()
        {
            lock (clock.gate)
            {
                clock.timers.Remove(this);
            }

            Inner?.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
