using BudgetPilot.Core.Settings;
using BudgetPilot.Storage;
using Microsoft.Data.Sqlite;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BudgetPilot.Hosting.Configuration;

/// <summary>YAML text to a validated <see cref="BudgetPilotConfig"/>, or every reason it cannot be one.</summary>
internal static class ConfigParser
{
    private static readonly string[] RootKeys =
    [
        "workspace", "autonomous_mode", "confidence_threshold", "human_approval_required", "guardrails", "alerts",
        "approval_timeout", "grace_period", "monitoring_interval", "change_cooldown", "storage", "scheduler", "platforms", "policy", "allocator",
        "ai", .. NotificationsReader.RootKeys,
    ];

    /// <param name="baseDirectory">Where relative paths (the SQLite file, report and CSV folders, rate files) are read from.</param>
    public static BudgetPilotConfig Parse(string yaml, string source, IReadOnlyDictionary<string, string> environment, string baseDirectory)
    {
        var context = new ConfigContext(environment, Path.GetFullPath(baseDirectory));
        var rootNode = Load(yaml, source);
        EnvironmentOverrides.Apply(rootNode, context);
        var root = new ConfigSection(context, string.Empty, rootNode, RootKeys);

        var workspace = WorkspaceReader.Read(root);
        var settings = SettingsReader.Read(root);
        var storage = ReadStorage(root.Section("storage", ["provider", "connection_string"]));
        var scheduler = ReadScheduler(root.Section("scheduler", ["enabled", "cycle_timeout"]), settings);
        var platforms = PlatformsReader.Read(root);
        var (policy, allocator) = PolicyReader.Read(root);
        var ai = AiReader.Read(root);
        var notifications = NotificationsReader.Read(root, workspace?.TimeZone ?? TimeZoneInfo.Utc);
        ReportCoreValidation(context, settings);

        if (context.Errors.Count > 0 || workspace is null)
        {
            throw new ConfigurationException(source, [.. context.Errors.OrderBy(e => e.Line ?? int.MaxValue).ThenBy(e => e.Column)]);
        }

        return new BudgetPilotConfig(workspace, settings, storage, scheduler, platforms, source)
        {
            BaseDirectory = context.BaseDirectory,
            Policy = policy,
            Allocator = allocator,
            Ai = ai,
            Notifications = notifications,
        };
    }

    private static YamlMappingNode Load(string yaml, string source)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            var reason = e.InnerException?.Message ?? e.Message;
            throw new ConfigurationException(source, [new ConfigurationError("(file)", $"is not valid YAML: {reason}", (int)e.Start.Line, (int)e.Start.Column)]);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, with no position, at the end of a file inside an unclosed { or [.
            throw new ConfigurationException(source, [new ConfigurationError("(file)", "is not valid YAML: the file ends inside an unclosed { or [")]);
        }

        return stream.Documents.Count switch
        {
            0 => new YamlMappingNode(),
            _ when stream.Documents[0].RootNode is YamlMappingNode mapping => mapping,
            _ when stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" or "~" } => new YamlMappingNode(),
            _ => throw new ConfigurationException(source, [new ConfigurationError("(file)", "must be a map of keys (workspace:, autonomous_mode:, ...) at the top level")]),
        };
    }

    private static StorageSection ReadStorage(ConfigSection section)
    {
        var provider = section.Read("provider", StorageSection.Default.Provider, t => t.Trim().ToLowerInvariant() switch
        {
            "sqlite" => (StorageProvider.Sqlite, null),
            "postgresql" or "postgres" or "npgsql" => (StorageProvider.PostgreSql, null),
            _ => (StorageProvider.Sqlite, "is not a storage provider; write sqlite or postgresql"),
        });
        var connection = section.Text("connection_string");
        if (connection is null && provider != StorageProvider.Sqlite)
        {
            section.Error("connection_string", "is required for postgresql, e.g. \"Host=localhost;Database=budgetpilot;Username=bp;Password=${PGPASSWORD}\"");
        }

        var text = connection ?? StorageSection.Default.ConnectionString;
        return new StorageSection(provider, provider == StorageProvider.Sqlite ? SqliteFileAt(text, section.Context) : text);
    }

    /// <summary>A relative SQLite file is the config folder's, so the web app and the CLI open the same database from anywhere.</summary>
    private static string SqliteFileAt(string connection, ConfigContext context)
    {
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(connection);
        }
        catch (ArgumentException)
        {
            return connection;
        }

        if (builder.DataSource is "" or ":memory:" || builder.Mode == SqliteOpenMode.Memory || builder.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase) || Path.IsPathRooted(builder.DataSource))
        {
            return connection;
        }

        builder.DataSource = context.PathOf(builder.DataSource);
        return builder.ToString();
    }

    private static SchedulerOptions ReadScheduler(ConfigSection section, WorkspaceSettings settings)
    {
        var defaults = new SchedulerOptions();
        var timeout = section.Duration("cycle_timeout", TimeSpan.FromTicks(Math.Min(defaults.CycleTimeout.Ticks, settings.MonitoringInterval.Ticks)));
        if (timeout <= TimeSpan.Zero || timeout > settings.MonitoringInterval)
        {
            section.Error("cycle_timeout", $"{timeout} must be above zero and no longer than monitoring_interval ({settings.MonitoringInterval}), so cycles never pile up");
        }

        return new SchedulerOptions { Enabled = section.Bool("enabled", true), Interval = settings.MonitoringInterval, CycleTimeout = timeout };
    }

    // Core words its messages as "key.path: value must ..." or "key.path must ..."; point each at the key's line.
    private static void ReportCoreValidation(ConfigContext context, WorkspaceSettings settings)
    {
        foreach (var message in settings.Validate())
        {
            var path = context.Seen.Keys
                .Where(k => message.StartsWith(k, StringComparison.Ordinal) && message.Length > k.Length && message[k.Length] is ':' or ' ')
                .OrderByDescending(k => k.Length)
                .FirstOrDefault();
            var key = path ?? message.Split(':', ' ')[0];
            var reason = message[key.Length..].TrimStart(':', ' ').TrimEnd('.');
            var node = path is null ? null : context.Seen[path];
            if (node is YamlScalarNode { Value: { } found } && !reason.Contains(found, StringComparison.Ordinal))
            {
                reason = $"'{found}' {reason}";
            }

            context.Error(key, node, reason);
        }
    }
}
