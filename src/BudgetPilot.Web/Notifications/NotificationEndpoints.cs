using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Notifications;
using BudgetPilot.Reports.Channels;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetPilot.Web.Notifications;

public static class NotificationEndpoints
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/notifications", ListAsync);

    /// <summary>The in-app feed of the last <paramref name="days"/> days, newest first, plus every delivery that failed elsewhere.</summary>
    public static async Task<Results<Ok<IReadOnlyList<NotificationView>>, ValidationProblem>> ListAsync(
        WorkspaceContext ctx, INotificationOutbox outbox, int? days, CancellationToken cancellationToken)
    {
        var window = days ?? 7;
        if (window is < 1 or > 90)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["days"] = [$"{window} must be between 1 and 90."] });
        }

        var messages = await outbox.ListSinceAsync(ctx.Id, ctx.Time.GetUtcNow().AddDays(-window), cancellationToken);
        var feed = messages
            .Where(m => m.Channel == InAppChannel.ChannelName ? m.Status is OutboxStatus.Sent or OutboxStatus.Failed or OutboxStatus.Pending : m.LastError is not null)
            .OrderByDescending(m => m.CreatedAt)
            .Take(500)
            .Select(m => new NotificationView(m.Id, m.Channel, m.Kind.ToString(), m.Severity.ToString(), m.Title, m.Body, m.Status.ToString(), m.Attempts, m.LastError,
                m.CreatedAt, m.SentAt, [.. m.Links.Select(l => new NotificationLinkView(l.Label, l.Url.ToString()))]))
            .ToList();
        return TypedResults.Ok<IReadOnlyList<NotificationView>>(feed);
    }
}
