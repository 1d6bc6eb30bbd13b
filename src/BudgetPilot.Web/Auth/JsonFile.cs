using System.Text.Json;

namespace BudgetPilot.Web.Auth;

/// <summary>A small list kept as one JSON file, replaced atomically on every write.</summary>
internal sealed class JsonFile<T>(string path)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public List<T> Read() => File.Exists(path) ? JsonSerializer.Deserialize<List<T>>(File.ReadAllText(path), Json) ?? [] : [];

    public void Write(IReadOnlyList<T> items)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(items, Json));
        File.Move(temp, path, overwrite: true);
    }
}
