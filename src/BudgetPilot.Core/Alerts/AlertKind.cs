namespace BudgetPilot.Core.Alerts;

public enum AlertKind
{
    RoasDrop,
    CpaIncrease,
    ZeroConversions,
    CtrDrop,
    CpcSpike,
    CycleFailed,
    PlatformUnreachable,
    DataRejected,
}
