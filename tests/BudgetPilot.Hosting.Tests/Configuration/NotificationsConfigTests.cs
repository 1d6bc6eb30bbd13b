using BudgetPilot.Core.Alerts;
using BudgetPilot.Core.Notifications;

namespace BudgetPilot.Hosting.Tests.Configuration;

public sealed class NotificationsConfigTests
{
    private const string Full = Yaml.Workspace + """
        notifications:
          dashboard_url: https://bp.example.test
          email:
            host: smtp.example.test
            port: 2525
            from: bot@example.test
            to: [manager@example.test, cfo@example.test]
            username: bot
            password_env: BP_SMTP_PASSWORD
            min_severity: medium
            quiet_hours: "22:00-07:00"
          slack:
            webhook_url_env: BP_SLACK_URL
            events: [approval_requested, alert_raised]
          webhook:
            url: https://hooks.example.test/bp
            secret_env: BP_HOOK_SECRET
        reports:
          weekly: { weekday: friday, hour: 17 }
          daily: { hour: 6, email: false }
          conversion_lag_days: 5
          hourly_cost: 85
          hours_saved_per_action: 0.5
        """;

    private static readonly Dictionary<string, string> Env = new()
    {
        ["BP_SMTP_PASSWORD"] = "pw",
        ["BP_SLACK_URL"] = "https://slack.example.test/services/T/B/X",
        ["BP_HOOK_SECRET"] = "0123456789abcdef0123",
    };

    [Fact]
    public void Parse_FullSection_ChannelsPoliciesAndReportModel()
    {
        var n = Yaml.Parse(Full, Env).Notifications;

        Assert.Equal(new Uri("https://bp.example.test/"), n.DashboardUrl);
        Assert.Equal(("smtp.example.test", 2525, "pw"), (n.Email!.Host, n.Email.Port, n.Email.Password));
        Assert.Equal(["manager@example.test", "cfo@example.test"], n.Email.To);
        Assert.Equal(new Uri("https://slack.example.test/services/T/B/X"), n.SlackWebhook);
        Assert.Equal(20, n.WebhookSecret!.Length);
        Assert.Equal(["in_app", "email", "slack", "webhook"], n.Policies.Select(p => p.Channel).ToArray());
        var email = n.Policies[1];
        Assert.Equal(AlertSeverity.Medium, email.MinSeverity);
        Assert.Equal("Europe/Warsaw", email.QuietHours!.TimeZone.Id);
        Assert.Equal(new TimeOnly(22, 0), email.QuietHours.Start);
        Assert.Equal([NotificationKind.ApprovalRequested, NotificationKind.AlertRaised], n.Policies[2].Kinds.Order().ToArray());
        Assert.Equal((DayOfWeek.Friday, 17, 85m, 0.5m, true), (n.Reports.WeeklyDay, n.Reports.WeeklyHour, n.Reports.HourlyCost, n.Reports.HoursSavedPerAction, n.WeeklyEnabled));
        Assert.Equal((6, true, false, 5), (n.Reports.DailyHour, n.DailyEnabled, n.EmailDailyReport, n.Reports.ConversionLagDays));
    }

    [Fact]
    public void Parse_NoSection_InAppOnlyAndNoWeeklyLoop()
    {
        var n = Yaml.Parse(Yaml.Workspace).Notifications;

        Assert.Equal(["in_app"], n.Policies.Select(p => p.Channel).ToArray());
        Assert.Null(n.Email);
        Assert.False(n.WeeklyEnabled);
        Assert.False(n.DailyEnabled);
    }

    [Fact]
    public void Parse_BadValues_EachNamedWithKeyAndValue()
    {
        var yaml = Yaml.Workspace + """
            notifications:
              email: { host: smtp.example.test, from: nobody, to: [x@example.test], quiet_hours: "late", min_severity: loud }
              slack: { webhook_url_env: BP_MISSING }
              webhook: { url: "ftp://x", secret_env: BP_SHORT }
            reports: { weekly: { weekday: someday, hour: 25 }, daily: { hour: "7am" }, conversion_lag_days: -1 }
            """;

        var errors = Yaml.Errors(yaml, new Dictionary<string, string> { ["BP_SHORT"] = "short" }).ToDictionary(e => e.Path, e => e.Message);

        Assert.Contains("'nobody' is not an email address", errors["notifications.email.from"], StringComparison.Ordinal);
        Assert.Contains("'late' is not a quiet-hours window", errors["notifications.email.quiet_hours"], StringComparison.Ordinal);
        Assert.Contains("'loud' is not a severity", errors["notifications.email.min_severity"], StringComparison.Ordinal);
        Assert.Contains("BP_MISSING, which is not set", errors["notifications.slack.webhook_url_env"], StringComparison.Ordinal);
        Assert.Contains("'ftp://x' is not an http(s) URL", errors["notifications.webhook.url"], StringComparison.Ordinal);
        Assert.Contains("shorter than 16", errors["notifications.webhook.secret_env"], StringComparison.Ordinal);
        Assert.Contains("'someday' is not a weekday", errors["reports.weekly.weekday"], StringComparison.Ordinal);
        Assert.Contains("'25' is not an hour", errors["reports.weekly.hour"], StringComparison.Ordinal);
        Assert.Contains("'7am' is not an hour", errors["reports.daily.hour"], StringComparison.Ordinal);
        Assert.Contains("'-1' is not a number of days", errors["reports.conversion_lag_days"], StringComparison.Ordinal);
    }
}
