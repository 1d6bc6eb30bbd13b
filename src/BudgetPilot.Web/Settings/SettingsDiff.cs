using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetPilot.Core.Settings;

namespace BudgetPilot.Web.Settings;

/// <summary>What a settings change changed, key by key, for the audit log ("guardrails.maxDailyAdjustments: 50 → 40").</summary>
public static class SettingsDiff
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<string> Between(WorkspaceSettings before, WorkspaceSettings after)
    {
        var a = Flatten(JsonSerializer.SerializeToNode(before, Json));
        var b = Flatten(JsonSerializer.SerializeToNode(after, Json));
        return [.. b.Where(kv => !a.TryGetValue(kv.Key, out var old) || old != kv.Value)
            .Select(kv => $"{kv.Key}: {a.GetValueOrDefault(kv.Key, "-")} → {kv.Value}")];
    }

    private static Dictionary<string, string> Flatten(JsonNode? node, string prefix = "", Dictionary<string, string>? into = null)
    {
        into ??= new(StringComparer.Ordinal);
        if (node is JsonObject obj)
        {
            foreach (var (key, value) in obj)
            {
                Flatten(value, prefix.Length == 0 ? key : $"{prefix}.{key}", into);
            }
        }
        else
        {
            into[prefix] = node?.ToJsonString() ?? "null";
        }

        return into;
    }
}
