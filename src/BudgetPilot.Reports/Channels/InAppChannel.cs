using BudgetPilot.Core.Notifications;

namespace BudgetPilot.Reports.Channels;

/// <summary>The dashboard's feed: the outbox row is the delivery, so sending only marks it sent.</summary>
public sealed class InAppChannel : INotificationChannel
{
    public const string ChannelName = "in_app";

    public string Name => ChannelName;

    public Task SendAsync(OutboxMessage message, CancellationToken cancellationToken) => Task.CompletedTask;
}
