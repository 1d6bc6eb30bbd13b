namespace BudgetPilot.Hosting.Configuration;

/// <summary>The configuration was refused at start; <see cref="Errors"/> lists every problem found, not just the first.</summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException(string source, IReadOnlyList<ConfigurationError> errors)
        : base(Describe(source, errors))
    {
        ConfigSource = source;
        Errors = errors;
    }

    public ConfigurationException()
        : this("configuration", [])
    {
    }

    public ConfigurationException(string message)
        : base(message)
    {
        ConfigSource = "configuration";
        Errors = [new ConfigurationError("(file)", message)];
    }

    public ConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
        ConfigSource = "configuration";
        Errors = [new ConfigurationError("(file)", message)];
    }

    /// <summary>The file path, or <c>embedded defaults</c>.</summary>
    public string ConfigSource { get; }

    public IReadOnlyList<ConfigurationError> Errors { get; }

    private static string Describe(string source, IReadOnlyList<ConfigurationError> errors) =>
        $"BudgetPilot configuration {source} has {errors.Count} problem(s):{Environment.NewLine}"
        + string.Join(Environment.NewLine, errors.Select(e => "  - " + e));
}
