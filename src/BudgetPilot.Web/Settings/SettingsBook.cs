using System.Text.Json;
using BudgetPilot.Core.Settings;
using Microsoft.Extensions.Options;

namespace BudgetPilot.Web.Settings;

/// <summary>
/// The workspace settings in force: the configuration's, until a manager changes them in the dashboard;
/// then those, kept in settings.json so that a restart and the next cycle use them.
/// </summary>
public sealed class SettingsBook
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private readonly string path;
    private readonly Lock gate = new();
    private WorkspaceSettings current;

    public SettingsBook(WorkspaceSettings configured, IOptions<WebOptions> options)
    {
        path = options.Value.PathOf("settings.json");
        current = File.Exists(path) ? JsonSerializer.Deserialize<WorkspaceSettings>(File.ReadAllText(path), Json) ?? configured : configured;
    }

    public WorkspaceSettings Current
    {
        get
        {
            lock (gate)
            {
                return current;
            }
        }
    }

    /// <summary>Validates and stores <paramref name="next"/>; returns the errors instead when it is not valid.</summary>
    public IReadOnlyList<string> TryReplace(WorkspaceSettings next, out WorkspaceSettings previous)
    {
        var errors = next.Validate();
        lock (gate)
        {
            previous = current;
            if (errors.Count > 0)
            {
                return errors;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temp = path + ".tmp";
            File.WriteAllText(temp, JsonSerializer.Serialize(next, Json));
            File.Move(temp, path, overwrite: true);
            current = next;
            return errors;
        }
    }

    public static string ToJson(WorkspaceSettings settings) => JsonSerializer.Serialize(settings, Json);
}
