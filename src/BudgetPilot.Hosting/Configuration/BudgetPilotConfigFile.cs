using System.Collections;

namespace BudgetPilot.Hosting.Configuration;

/// <summary>
/// Finds and reads <c>budgetpilot.yaml</c>: <c>--config PATH</c>, else <c>BUDGETPILOT_CONFIG</c>, else
/// <c>./budgetpilot.yaml</c> if present, else the embedded defaults (a simulated market on SQLite, no keys).
/// Relative paths inside a file are its folder's; inside the embedded defaults, the working directory's.
/// </summary>
public static class BudgetPilotConfigFile
{
    public const string FileName = "budgetpilot.yaml";
    public const string PathVariable = "BUDGETPILOT_CONFIG";
    public const string EmbeddedSource = "embedded defaults";
    private const string DefaultsResource = "BudgetPilot.Hosting.budgetpilot.defaults.yaml";

    /// <summary>Reads the configuration this process was started with, from its arguments, environment and working directory.</summary>
    /// <exception cref="ConfigurationException">The file is missing, unreadable or invalid; every problem is listed.</exception>
    public static BudgetPilotConfig Read(IReadOnlyList<string> args) =>
        Read(args, ProcessEnvironment(), Directory.GetCurrentDirectory());

    /// <summary>For a host's first line: reads the configuration, or writes every problem to <paramref name="errors"/> and returns false.</summary>
    public static bool TryRead(IReadOnlyList<string> args, TextWriter errors, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out BudgetPilotConfig? config)
    {
        try
        {
            config = Read(args);
            return true;
        }
        catch (ConfigurationException e)
        {
            errors.WriteLine(e.Message);
            config = null;
            return false;
        }
    }

    public static BudgetPilotConfig Read(IReadOnlyList<string> args, IReadOnlyDictionary<string, string> environment, string workingDirectory)
    {
        var path = Locate(args, environment, workingDirectory);
        if (path is null)
        {
            return Parse(EmbeddedDefaults(), EmbeddedSource, environment, workingDirectory);
        }

        if (!File.Exists(path))
        {
            throw new ConfigurationException(path, [new ConfigurationError("(file)", $"configuration file '{path}' does not exist")]);
        }

        return Parse(File.ReadAllText(path), path, environment, Path.GetDirectoryName(path) ?? workingDirectory);
    }

    /// <summary>The file to read, or null for the embedded defaults.</summary>
    public static string? Locate(IReadOnlyList<string> args, IReadOnlyDictionary<string, string> environment, string workingDirectory)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--config" && i + 1 < args.Count)
            {
                return Path.GetFullPath(args[i + 1], workingDirectory);
            }

            if (args[i].StartsWith("--config=", StringComparison.Ordinal))
            {
                return Path.GetFullPath(args[i]["--config=".Length..], workingDirectory);
            }
        }

        if (environment.TryGetValue(PathVariable, out var fromEnvironment) && fromEnvironment.Length > 0)
        {
            return Path.GetFullPath(fromEnvironment, workingDirectory);
        }

        var local = Path.Combine(workingDirectory, FileName);
        return File.Exists(local) ? local : null;
    }

    /// <summary>
    /// Parses YAML text; <paramref name="source"/> names it in errors. Relative paths in it are read against
    /// <paramref name="baseDirectory"/> (the file's folder), by default the working directory.
    /// </summary>
    public static BudgetPilotConfig Parse(string yaml, string source, IReadOnlyDictionary<string, string> environment, string? baseDirectory = null) =>
        ConfigParser.Parse(yaml, source, environment, baseDirectory ?? Directory.GetCurrentDirectory());

    public static string EmbeddedDefaults()
    {
        using var stream = typeof(BudgetPilotConfigFile).Assembly.GetManifestResourceStream(DefaultsResource)
            ?? throw new InvalidOperationException($"Resource {DefaultsResource} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static IReadOnlyDictionary<string, string> ProcessEnvironment() =>
        Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => e.Value as string ?? string.Empty, StringComparer.Ordinal);
}
