using BudgetPilot.Ai;
using BudgetPilot.Core.Allocation;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Settings;

namespace BudgetPilot.Hosting.Configuration;

/// <summary>
/// One node's whole configuration, read from <c>budgetpilot.yaml</c> (or the embedded defaults) and validated:
/// an instance exists only if every check passed. <c>Source</c> is where it was read from: a file path or
/// <c>embedded defaults</c>.
/// </summary>
public sealed record BudgetPilotConfig(
    Workspace Workspace,
    WorkspaceSettings Settings,
    StorageSection Storage,
    SchedulerOptions Scheduler,
    IReadOnlyDictionary<string, PlatformSection> Platforms,
    string Source)
{
    /// <summary>True when the only enabled platform is the simulated market: no real money can move.</summary>
    public bool IsSimulated => EnabledPlatforms.Any() && EnabledPlatforms.All(p => p.Key == PlatformSection.SimulatedKey);

    /// <summary>The folder relative paths of the file were read against (the file's folder; the working directory for the embedded defaults).</summary>
    public string BaseDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>Which engines decide (<c>policy:</c>); the default is the best measured one.</summary>
    public DecisionPolicy Policy { get; init; } = DecisionPolicies.Default;

    /// <summary>The allocator's knobs (<c>allocator:</c>).</summary>
    public AllocatorSettings Allocator { get; init; } = new();

    public IEnumerable<PlatformSection> EnabledPlatforms => Platforms.Values.Where(p => p.Enabled);

    /// <summary>The optional LLM; by default none, and the deterministic engines decide alone.</summary>
    public AiOptions Ai { get; init; } = new();

    /// <summary>Channels, events and quiet hours (<c>notifications:</c>) and the scheduled reports (<c>reports:</c>).</summary>
    public NotificationsSection Notifications { get; init; } = NotificationsSection.Default;
}
