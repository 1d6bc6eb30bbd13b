using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BudgetPilot.Hosting.Configuration;

/// <summary>
/// A YAML mapping being read: typed reads of its keys, each bad value reported with its path and reason.
/// A bad or missing value yields the fallback so reading goes on and every problem is collected.
/// </summary>
internal sealed class ConfigSection
{
    private readonly ConfigContext context;
    private readonly Dictionary<string, YamlNode> children = new(StringComparer.Ordinal);

    public ConfigSection(ConfigContext context, string path, YamlMappingNode? node, IReadOnlyCollection<string>? knownKeys)
    {
        this.context = context;
        Path = path;
        Node = node;
        foreach (var (key, value) in node?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
        {
            var name = key is YamlScalarNode { Value: { } text } ? text : key.ToString();
            var childPath = Child(name);
            if (knownKeys is not null && !knownKeys.Contains(name))
            {
                context.Error(childPath, key, $"unknown key '{name}'{Suggestion.For(name, knownKeys)}");
                continue;
            }

            children[name] = value;
            context.Seen[childPath] = value;
        }
    }

    public ConfigContext Context => context;

    public string Path { get; }

    public YamlMappingNode? Node { get; }

    public IEnumerable<string> Keys => children.Keys;

    public string Child(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    public bool Has(string key) => children.ContainsKey(key);

    public YamlNode? NodeOf(string key) => children.GetValueOrDefault(key);

    /// <summary>The scalar at <paramref name="key"/> after <c>${VAR}</c> substitution; null when absent, null-valued or wrong.</summary>
    public string? Text(string key)
    {
        if (!children.TryGetValue(key, out var node))
        {
            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            context.Error(Child(key), node, $"expected a single value, found a {Describe(node)}");
            return null;
        }

        if (scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null")
        {
            return null;
        }

        return context.Substitute(Child(key), node, scalar.Value ?? string.Empty);
    }

    public ConfigSection Section(string key, IReadOnlyCollection<string>? knownKeys)
    {
        var node = children.GetValueOrDefault(key);
        if (node is not null and not YamlMappingNode && !(node is YamlScalarNode s && s.Value is null or "" or "~" or "null"))
        {
            context.Error(Child(key), node, $"expected a section of keys, found a {Describe(node)}");
        }

        return new ConfigSection(context, Child(key), node as YamlMappingNode, knownKeys);
    }

    public T Read<T>(string key, T fallback, Func<string, (T Value, string? Error)> parse)
    {
        if (Text(key) is not { } text)
        {
            return fallback;
        }

        var (value, error) = parse(text);
        if (error is null)
        {
            return value;
        }

        context.Error(Child(key), children[key], $"'{text}' {error}");
        return fallback;
    }

    public decimal Decimal(string key, decimal fallback) =>
        Read(key, fallback, t => ConfigValues.TryDecimal(t, out var v) ? (v, null) : (0m, "is not a number"));

    public int Int(string key, int fallback) =>
        Read(key, fallback, t => ConfigValues.TryDecimal(t, out var v) && v == decimal.Truncate(v) && v is >= int.MinValue and <= int.MaxValue
            ? ((int)v, null)
            : (0, "is not a whole number"));

    public bool Bool(string key, bool fallback) =>
        Read(key, fallback, t => ConfigValues.TryBool(t, out var v) ? (v, null) : (false, "is not true or false"));

    public decimal Percent(string key, decimal fallback) =>
        Read(key, fallback, t => ConfigValues.TryPercent(t, out var v) is { } e ? (0m, e) : (v, null));

    public TimeSpan Duration(string key, TimeSpan fallback, TimeSpan? bareUnit = null) =>
        Read(key, fallback, t => ConfigValues.TryDuration(t, bareUnit, out var v) is { } e ? (TimeSpan.Zero, e) : (v, null));

    public void Error(string key, string message) => context.Error(Child(key), children.GetValueOrDefault(key) ?? Node, message);

    public static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "section of keys",
        _ => "value",
    };
}
