namespace BudgetPilot.Reports.Channels;

/// <summary>SMTP delivery. <see cref="Password"/> comes from an environment variable, never from the YAML file.</summary>
public sealed record EmailOptions(string Host, int Port, string From, IReadOnlyList<string> To)
{
    public string? Username { get; init; }

    public string? Password { get; init; }

    /// <summary>StartTLS when the server offers it; false only for a loopback relay or tests.</summary>
    public bool UseTls { get; init; } = true;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);
}
