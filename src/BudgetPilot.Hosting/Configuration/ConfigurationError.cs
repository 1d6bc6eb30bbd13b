namespace BudgetPilot.Hosting.Configuration;

/// <summary>One thing wrong with a configuration: the YAML path, what was found there, and why it was refused.</summary>
/// <param name="Path">The key as a dotted YAML path, e.g. <c>guardrails.max_daily_adjustments</c>.</param>
/// <param name="Message">The reason, in words a manager can act on, including the bad value.</param>
/// <param name="Line">1-based line in the file, when the value came from one.</param>
/// <param name="Column">1-based column in the file, when the value came from one.</param>
public sealed record ConfigurationError(string Path, string Message, int? Line = null, int? Column = null)
{
    public override string ToString() => Line is { } line
        ? $"{Path} (line {line}, column {Column}): {Message}"
        : $"{Path}: {Message}";
}
