using System.Text.Json;

namespace BudgetPilot.Web.Auth;

/// <summary>
/// A small list kept as one JSON file, replaced atomically on every write. Every API request reads the token or
/// user list, so the parsed list is kept until the file's write time changes (another process may edit it).
/// </summary>
internal sealed class JsonFile<T>(string path)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private Cache? cached;

    /// <summary>A copy the caller may change.</summary>
    public List<T> Read()
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return [];
        }

        if (Volatile.Read(ref cached) is not { } c || c.WrittenAt != info.LastWriteTimeUtc || c.Length != info.Length)
        {
            c = new Cache(info.LastWriteTimeUtc, info.Length, JsonSerializer.Deserialize<List<T>>(File.ReadAllText(path), Json) ?? []);
            Volatile.Write(ref cached, c);
        }

        return [.. c.Items];
    }

    public void Write(IReadOnlyList<T> items)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(items, Json));
        File.Move(temp, path, overwrite: true);
        Volatile.Write(ref cached, null);
    }

    private sealed record Cache(DateTime WrittenAt, long Length, List<T> Items);
}
