using YamlDotNet.RepresentationModel;

namespace BudgetPilot.Hosting.Configuration;

/// <summary>
/// <c>BUDGETPILOT__SECTION__KEY=value</c> sets <c>section.key</c> over the file, e.g.
/// <c>BUDGETPILOT__PLATFORMS__META_ADS__ACCESS_TOKEN</c>. Names are matched lower-cased.
/// </summary>
internal static class EnvironmentOverrides
{
    public const string Prefix = "BUDGETPILOT__";

    public static void Apply(YamlMappingNode root, ConfigContext context)
    {
        foreach (var (variable, value) in context.Environment.Where(e => e.Key.StartsWith(Prefix, StringComparison.Ordinal)).OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var keys = variable[Prefix.Length..].ToLowerInvariant().Split("__");
            if (keys.Any(k => k.Length == 0))
            {
                context.Error(variable, null, "environment override has an empty key; write BUDGETPILOT__SECTION__KEY");
                continue;
            }

            var node = root;
            for (var i = 0; i < keys.Length - 1 && node is not null; i++)
            {
                var child = Find(node, keys[i]);
                if (child is null)
                {
                    child = new YamlMappingNode();
                    node.Children.Add(new YamlScalarNode(keys[i]), child);
                }

                if (child is not YamlMappingNode)
                {
                    context.Error(string.Join('.', keys), null, $"environment variable {variable} cannot set a key inside '{string.Join('.', keys[..(i + 1)])}', which is not a section of keys");
                }

                node = child as YamlMappingNode;
            }

            if (node is not null)
            {
                var scalar = new YamlScalarNode(value) { Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted };
                var existing = node.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: var v } && v == keys[^1]);
                node.Children[existing ?? new YamlScalarNode(keys[^1])] = scalar;
                context.Overrides[scalar] = variable;
            }
        }
    }

    private static YamlNode? Find(YamlMappingNode node, string key) =>
        node.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: var v } && v == key).Value;
}
