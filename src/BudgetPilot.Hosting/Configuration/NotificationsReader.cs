using System.Globalization;
using System.Text;
using BudgetPilot.Core.Alerts;
using BudgetPilot.Core.Notifications;
using BudgetPilot.Reports.Channels;
using BudgetPilot.Reports.Notifications;
using BudgetPilot.Reports.Reports;
using YamlDotNet.RepresentationModel;

namespace BudgetPilot.Hosting.Configuration;

/// <summary>Reads <c>notifications:</c> and <c>reports:</c>. Secrets are named by environment variable (<c>*_env</c>), never written in the file.</summary>
internal static class NotificationsReader
{
    public static readonly string[] RootKeys = ["notifications", "reports"];

    private static readonly string[] PolicyKeys = ["enabled", "events", "min_severity", "immediate_from", "quiet_hours"];

    public static NotificationsSection Read(ConfigSection root, TimeZoneInfo zone)
    {
        var section = root.Section("notifications", ["dashboard_url", "email", "slack", "webhook", "in_app"]);
        var dashboard = section.Read("dashboard_url", NotificationsSection.Default.DashboardUrl, t =>
            Uri.TryCreate(t.EndsWith('/') ? t : t + "/", UriKind.Absolute, out var u) && u.Scheme is "http" or "https" ? (u, null) : (NotificationsSection.Default.DashboardUrl, "is not an http(s) URL"));
        var policies = new List<ChannelPolicy> { Policy(section.Section("in_app", PolicyKeys), InAppChannel.ChannelName, zone) };

        EmailOptions? email = null;
        if (section.Has("email"))
        {
            var s = section.Section("email", [.. PolicyKeys, "host", "port", "from", "to", "username", "password_env", "tls"]);
            if (s.Bool("enabled", true))
            {
                var host = s.Text("host");
                var from = s.Text("from");
                var to = List(s, "to");
                if (host is null)
                {
                    s.Error("host", "is required for email, e.g. smtp.example.com");
                }

                if (from is null || !from.Contains('@', StringComparison.Ordinal))
                {
                    s.Error("from", $"'{from}' is not an email address");
                }

                if (to.Count == 0 || to.Any(a => !a.Contains('@', StringComparison.Ordinal)))
                {
                    s.Error("to", "must list one or more email addresses, e.g. [manager@example.com]");
                }

                var port = s.Int("port", 587);
                if (port is < 1 or > 65535)
                {
                    s.Error("port", $"{port} is not a TCP port (1-65535)");
                }

                email = new EmailOptions(host ?? "localhost", port, from ?? "budgetpilot@localhost", to)
                {
                    Username = s.Text("username"),
                    Password = Secret(s, "password_env", required: s.Text("username") is not null),
                    UseTls = s.Bool("tls", true),
                };
                policies.Add(Policy(s, EmailChannel.ChannelName, zone));
            }
        }

        Uri? slack = null;
        if (section.Has("slack"))
        {
            var s = section.Section("slack", [.. PolicyKeys, "webhook_url_env"]);
            if (s.Bool("enabled", true))
            {
                slack = Url(s, "webhook_url_env", Secret(s, "webhook_url_env", required: true));
                policies.Add(Policy(s, SlackChannel.ChannelName, zone));
            }
        }

        Uri? webhook = null;
        byte[]? secret = null;
        if (section.Has("webhook"))
        {
            var s = section.Section("webhook", [.. PolicyKeys, "url", "secret_env"]);
            if (s.Bool("enabled", true))
            {
                webhook = Url(s, "url", s.Text("url"));
                secret = Secret(s, "secret_env", required: true) is { } value ? Encoding.UTF8.GetBytes(value) : null;
                if (secret is { Length: < 16 })
                {
                    s.Error("secret_env", "names a secret shorter than 16 characters; use a long random value");
                }

                policies.Add(Policy(s, WebhookChannel.ChannelName, zone));
            }
        }

        var reports = root.Section("reports", ["weekly", "daily", "conversion_lag_days", "hourly_cost", "hours_saved_per_action", "monitoring_hours_per_week", "chromium", "directory"]);
        var weekly = reports.Section("weekly", ["enabled", "weekday", "hour", "email"]);
        var daily = reports.Section("daily", ["enabled", "hour", "email"]);
        var defaults = new ReportOptions();
        var options = new ReportOptions
        {
            HourlyCost = NonNegative(reports, "hourly_cost", defaults.HourlyCost),
            HoursSavedPerAction = NonNegative(reports, "hours_saved_per_action", defaults.HoursSavedPerAction),
            MonitoringHoursPerWeek = NonNegative(reports, "monitoring_hours_per_week", defaults.MonitoringHoursPerWeek),
            WeeklyDay = weekly.Read("weekday", defaults.WeeklyDay, t => Enum.TryParse<DayOfWeek>(t, ignoreCase: true, out var d) && !int.TryParse(t, out _)
                ? (d, null) : (defaults.WeeklyDay, "is not a weekday; write monday … sunday")),
            WeeklyHour = weekly.Read("hour", defaults.WeeklyHour, t => int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var h) && h is >= 0 and <= 23
                ? (h, null) : (defaults.WeeklyHour, "is not an hour of the day (0-23)")),
            ConversionLagDays = reports.Read("conversion_lag_days", defaults.ConversionLagDays, t => int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d <= 30
                ? (d, null) : (defaults.ConversionLagDays, "is not a number of days (0-30)")),
            DailyHour = daily.Read("hour", defaults.DailyHour, t => int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var h) && h is >= 0 and <= 23
                ? (h, null) : (defaults.DailyHour, "is not an hour of the day (0-23)")),
        };

        return new NotificationsSection
        {
            DashboardUrl = dashboard,
            Email = email,
            SlackWebhook = slack,
            WebhookUrl = webhook,
            WebhookSecret = secret,
            Policies = policies,
            Reports = options,
            EmailWeeklyReport = weekly.Bool("email", true),
            WeeklyEnabled = reports.Has("weekly") && weekly.Bool("enabled", true),
            EmailDailyReport = daily.Bool("email", true),
            DailyEnabled = reports.Has("daily") && daily.Bool("enabled", true),
            Directory = reports.Context.PathOf(reports.Text("directory") ?? NotificationsSection.Default.Directory),
            Chromium = reports.Text("chromium") ?? NotificationsSection.Default.Chromium,
        };
    }

    private static ChannelPolicy Policy(ConfigSection s, string channel, TimeZoneInfo zone)
    {
        var policy = new ChannelPolicy(channel);
        var events = List(s, "events");
        var kinds = new HashSet<NotificationKind>();
        foreach (var e in events)
        {
            var name = e.Replace("_", string.Empty, StringComparison.Ordinal);
            if (Enum.TryParse<NotificationKind>(name, ignoreCase: true, out var kind) && !int.TryParse(name, out _))
            {
                kinds.Add(kind);
            }
            else
            {
                s.Error("events", $"'{e}' is not an event; write any of action_executed, approval_requested, approval_expiring, alert_raised, alert_resolved, cycle_failed, platform_unreachable");
            }
        }

        return policy with
        {
            Kinds = events.Count == 0 ? policy.Kinds : kinds,
            MinSeverity = Severity(s, "min_severity", policy.MinSeverity),
            ImmediateFrom = Severity(s, "immediate_from", policy.ImmediateFrom),
            QuietHours = s.Read<QuietHours?>("quiet_hours", null, t => Quiet(t, zone)),
        };
    }

    private static (QuietHours?, string?) Quiet(string text, TimeZoneInfo zone)
    {
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        return parts.Length == 2
            && TimeOnly.TryParseExact(parts[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            && TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
            && start != end
            ? (new QuietHours(start, end, zone), null)
            : (null, "is not a quiet-hours window; write \"22:00-07:00\" (workspace time zone)");
    }

    private static AlertSeverity Severity(ConfigSection s, string key, AlertSeverity fallback) =>
        s.Read(key, fallback, t => Enum.TryParse<AlertSeverity>(t, ignoreCase: true, out var v) && !int.TryParse(t, out _)
            ? (v, null) : (fallback, "is not a severity; write low, medium, high or critical"));

    private static decimal NonNegative(ConfigSection s, string key, decimal fallback)
    {
        var value = s.Decimal(key, fallback);
        if (value < 0m)
        {
            s.Error(key, $"{value} must not be negative");
        }

        return value;
    }

    /// <summary>A value given as a YAML list or a comma-separated string.</summary>
    private static List<string> List(ConfigSection s, string key) => s.NodeOf(key) switch
    {
        YamlSequenceNode seq => [.. seq.Children.OfType<YamlScalarNode>().Select(n => n.Value?.Trim() ?? string.Empty).Where(v => v.Length > 0)],
        YamlScalarNode => [.. (s.Text(key) ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)],
        _ => [],
    };

    private static string? Secret(ConfigSection s, string key, bool required)
    {
        var name = s.Text(key);
        if (name is null)
        {
            if (required)
            {
                s.Error(key, "is required: the name of the environment variable that holds the secret");
            }

            return null;
        }

        if (s.Context.Environment.TryGetValue(name, out var value) && value.Length > 0)
        {
            return value;
        }

        s.Error(key, $"names environment variable {name}, which is not set");
        return null;
    }

    private static Uri? Url(ConfigSection s, string key, string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            return url;
        }

        s.Error(key, key.EndsWith("_env", StringComparison.Ordinal) ? "holds a value that is not an http(s) URL" : $"'{text}' is not an http(s) URL");
        return null;
    }
}
