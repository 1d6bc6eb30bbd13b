namespace BudgetPilot.Hosting.Scheduling;

/// <summary>
/// What this node's scheduler last did, for <c>/health</c> and the home page. Only a summary:
/// the cycle's own record lives in the cycle log, so nothing here outlives a restart or matters to another node.
/// </summary>
public sealed class CycleStatus
{
    private readonly Lock gate = new();
    private CycleSnapshot current = new(null, null, null, 0);

    public CycleSnapshot Current
    {
        get
        {
            lock (gate)
            {
                return current;
            }
        }
    }

    public void Succeeded(DateTimeOffset at)
    {
        lock (gate)
        {
            current = current with { LastStartedAt = at, LastSucceededAt = at, ConsecutiveFailures = 0 };
        }
    }

    public void Failed(DateTimeOffset at, string reason)
    {
        lock (gate)
        {
            current = current with { LastStartedAt = at, LastError = reason, ConsecutiveFailures = current.ConsecutiveFailures + 1 };
        }
    }
}
