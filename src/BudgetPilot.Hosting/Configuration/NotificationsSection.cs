using BudgetPilot.Reports.Channels;
using BudgetPilot.Reports.Notifications;
using BudgetPilot.Reports.Reports;

namespace BudgetPilot.Hosting.Configuration;

/// <summary>
/// The <c>notifications</c> and <c>reports</c> sections: which channels exist (with their secrets already
/// read from the environment), what each wants, and the report model and schedule.
/// </summary>
public sealed record NotificationsSection
{
    public static readonly NotificationsSection Default = new();

    /// <summary>Base of the deep links in messages; the web host's default address unless configured.</summary>
    public Uri DashboardUrl { get; init; } = new("http://127.0.0.1:5080/");

    public EmailOptions? Email { get; init; }

    public Uri? SlackWebhook { get; init; }

    public Uri? WebhookUrl { get; init; }

    public byte[]? WebhookSecret { get; init; }

    /// <summary>One per configured channel; the in-app feed is always there.</summary>
    public IReadOnlyList<ChannelPolicy> Policies { get; init; } = [new(InAppChannel.ChannelName)];

    public ReportOptions Reports { get; init; } = new();

    /// <summary>Generate the weekly report on its slot; on when <c>reports.weekly</c> is configured.</summary>
    public bool WeeklyEnabled { get; init; }

    /// <summary>Generate the daily post-factum report on its hour; on when <c>reports.daily</c> is configured.</summary>
    public bool DailyEnabled { get; init; }

    /// <summary>Email the daily report when it is generated.</summary>
    public bool EmailDailyReport { get; init; } = true;

    /// <summary>Where generated reports are written.</summary>
    public string Directory { get; init; } = "reports";

    /// <summary>Email the weekly report (HTML with charts, PDF attached) when it is generated.</summary>
    public bool EmailWeeklyReport { get; init; } = true;

    public string Chromium { get; init; } = "/usr/bin/chromium";
}
