using BudgetPilot.Core.Notifications;

namespace BudgetPilot.Reports.Channels;

/// <summary>Where messages go. A send that throws is retried by the courier; it never reaches the cycle.</summary>
public interface INotificationChannel
{
    string Name { get; }

    Task SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}
