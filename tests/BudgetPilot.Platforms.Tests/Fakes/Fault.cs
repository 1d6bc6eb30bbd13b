namespace BudgetPilot.Platforms.Tests.Fakes;

/// <summary>What the fake does to one request instead of (or besides) answering it normally.</summary>
public enum Fault
{
    None,
    Latency,
    ServerError,
    Hang,
    Throttle,
    LongQuota,
    Malformed,
    PartialFailure,

    /// <summary>The write is applied, then the connection is dropped before the reply.</summary>
    LostReply,
}
