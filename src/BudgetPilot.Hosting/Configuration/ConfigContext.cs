using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace BudgetPilot.Hosting.Configuration;

/// <summary>One read of one file: the errors found so far, the environment for <c>${VAR}</c>, and where each override came from.</summary>
internal sealed partial class ConfigContext(IReadOnlyDictionary<string, string> environment, string baseDirectory)
{
    private readonly List<ConfigurationError> errors = [];

    public IReadOnlyList<ConfigurationError> Errors => errors;

    /// <summary>Nodes set by a BUDGETPILOT__... variable rather than the file, with that variable's name.</summary>
    public Dictionary<YamlNode, string> Overrides { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Every key read, with its node, so later checks (Core's Validate) can point at a line.</summary>
    public Dictionary<string, YamlNode> Seen { get; } = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Environment => environment;

    /// <summary>The folder relative paths in the file are read against: the file's own folder.</summary>
    public string BaseDirectory => baseDirectory;

    /// <summary>A path as written in the file, made absolute against <see cref="BaseDirectory"/>.</summary>
    public string PathOf(string path) => Path.GetFullPath(path, baseDirectory);

    public void Error(string path, YamlNode? node, string message)
    {
        if (node is not null && Overrides.TryGetValue(node, out var variable))
        {
            errors.Add(new ConfigurationError(path, $"{message} (set by environment variable {variable})"));
        }
        else if (node is not null && node.Start.Line > 0)
        {
            errors.Add(new ConfigurationError(path, message, (int)node.Start.Line, (int)node.Start.Column));
        }
        else
        {
            errors.Add(new ConfigurationError(path, message));
        }
    }

    /// <summary>Replaces each <c>${NAME}</c> or <c>${NAME:-fallback}</c>; an unset name without a fallback is an error.</summary>
    public string? Substitute(string path, YamlNode node, string text)
    {
        var missing = new List<string>();
        var result = Reference().Replace(text, m =>
        {
            if (environment.TryGetValue(m.Groups["name"].Value, out var value) && value.Length > 0)
            {
                return value;
            }

            if (m.Groups["fallback"].Success)
            {
                return m.Groups["fallback"].Value;
            }

            missing.Add(m.Groups["name"].Value);
            return string.Empty;
        });
        foreach (var name in missing)
        {
            Error(path, node, $"environment variable {name} is not set (referenced as ${{{name}}}); set it or write ${{{name}:-fallback}}");
        }

        return missing.Count == 0 ? result : null;
    }

    [GeneratedRegex(@"\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(:-(?<fallback>[^}]*))?\}")]
    private static partial Regex Reference();
}
