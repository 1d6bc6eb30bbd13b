using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Notifications;
using BudgetPilot.Hosting.Configuration;
using BudgetPilot.Reports.Channels;
using BudgetPilot.Reports.Notifications;
using BudgetPilot.Reports.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace BudgetPilot.Hosting;

/// <summary>Wires the <c>notifications</c> and <c>reports</c> sections: channels, outbox, notifier, courier and the two background loops.</summary>
public static class NotificationServices
{
    public const string HttpClientName = "budgetpilot-notifications";

    public static IServiceCollection AddBudgetPilotNotifications(this IServiceCollection services, BudgetPilotConfig config)
    {
        var n = config.Notifications;
        services.TryAddSingleton<INotificationOutbox, InMemoryOutbox>();
        services.AddHttpClient(HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<INotificationChannel, InAppChannel>();
        if (n.Email is { } email)
        {
            services.AddSingleton(new EmailChannel(email));
            services.AddSingleton<INotificationChannel>(sp => sp.GetRequiredService<EmailChannel>());
        }

        if (n.SlackWebhook is { } slack)
        {
            services.AddSingleton<INotificationChannel>(sp => new SlackChannel(sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName), slack));
        }

        if (n.WebhookUrl is { } url && n.WebhookSecret is { } secret)
        {
            services.AddSingleton<INotificationChannel>(sp =>
                new WebhookChannel(sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName), url, secret, sp.GetRequiredService<TimeProvider>()));
        }

        services.TryAddSingleton(n.Reports);
        services.TryAddSingleton<IPdfRenderer>(new ChromiumPdfRenderer(n.Chromium));
        services.TryAddSingleton(sp => new Notifier(sp.GetRequiredService<INotificationOutbox>(), n.Policies, new DashboardLinks(n.DashboardUrl), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<OutboxCourier>();
        services.TryAddSingleton<NotificationService>();
        services.TryAddSingleton(sp => new WeeklyReportService(
            sp.GetRequiredService<WorkspaceContext>(), n.Reports, sp.GetRequiredService<INotificationOutbox>(), sp.GetRequiredService<IPdfRenderer>(),
            n.EmailWeeklyReport ? sp.GetService<EmailChannel>() : null, Path.GetFullPath(n.Directory), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<WeeklyReportService>>()));
        services.TryAddSingleton(sp => new DailyReportService(
            sp.GetRequiredService<WorkspaceContext>(), n.Reports, sp.GetRequiredService<INotificationOutbox>(), sp.GetRequiredService<IPdfRenderer>(),
            n.EmailDailyReport ? sp.GetService<EmailChannel>() : null, Path.GetFullPath(n.Directory), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<DailyReportService>>()));
        return services;
    }

    /// <summary>The notification, weekly-report and daily-report loops, for the host that runs the scheduler.</summary>
    public static IServiceCollection AddNotificationLoops(this IServiceCollection services)
    {
        services.AddHostedService(sp => sp.GetRequiredService<NotificationService>());
        services.AddHostedService(sp => new ReportLoop<WeeklyReportService>(sp, sp.GetRequiredService<BudgetPilotConfig>().Notifications.WeeklyEnabled));
        services.AddHostedService(sp => new ReportLoop<DailyReportService>(sp, sp.GetRequiredService<BudgetPilotConfig>().Notifications.DailyEnabled));
        return services;
    }
}
