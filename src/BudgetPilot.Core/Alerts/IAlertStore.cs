namespace BudgetPilot.Core.Alerts;

public interface IAlertStore
{
    Task<IReadOnlyList<Alert>> ListOpenAsync(string workspaceId, CancellationToken cancellationToken);

    /// <summary>Alerts opened or resolved in [<paramref name="from"/>, <paramref name="to"/>), newest first.</summary>
    Task<IReadOnlyList<Alert>> ListAsync(string workspaceId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Inserts new alerts and replaces known ones by id.</summary>
    Task SaveAsync(IReadOnlyList<Alert> alerts, CancellationToken cancellationToken);
}
