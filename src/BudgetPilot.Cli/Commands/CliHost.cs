using System.CommandLine;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Hosting;
using BudgetPilot.Hosting.Configuration;
using BudgetPilot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetPilot.Cli.Commands;

/// <summary>The same composition root as the web app, for commands that work on the configured workspace.</summary>
internal sealed class CliHost : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private CliHost(ServiceProvider provider, BudgetPilotConfig config)
    {
        this.provider = provider;
        Config = config;
    }

    public BudgetPilotConfig Config { get; }

    /// <summary><c>--at</c>: the instant a command runs as of (replays, scripts, tests); the whole process then reads it.</summary>
    public static Option<DateTimeOffset?> AtOption(string what) => new("--at") { Description = $"{what} as of this ISO-8601 instant (for replays): the whole command runs at that time." };

    /// <summary>The process clock for <c>--at</c>: stopped at that instant, or null for the real time.</summary>
    public static TimeProvider? ClockAt(DateTimeOffset? at) => at is { } instant ? new InstantClock(instant, TimeProvider.System) : null;

    public WorkspaceContext Context => provider.GetRequiredService<WorkspaceContext>();

    public IServiceProvider Services => provider;

    /// <summary>Reads the configuration (refusing a bad file with every error), wires the services and migrates the database.</summary>
    /// <param name="time">The clock of the whole process; a replay (<c>cycle --at</c>) passes one stopped at its instant.</param>
    public static async Task<CliHost?> OpenAsync(string? configPath, TextWriter errors, CancellationToken cancellationToken, Func<BudgetPilotConfig, BudgetPilotConfig>? adjust = null, TimeProvider? time = null)
    {
        string[] args = configPath is null ? [] : ["--config", configPath];
        if (!BudgetPilotConfigFile.TryRead(args, errors, out var config))
        {
            return null;
        }

        config = adjust?.Invoke(config) ?? config;
        var services = new ServiceCollection();
        services.AddLogging();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddBudgetPilot(config);
        var provider = services.BuildServiceProvider();
        await provider.MigrateBudgetPilotStorageAsync(cancellationToken);
        return new CliHost(provider, config);
    }

    /// <summary>Opens the host for a command, runs it and closes the host; a refused configuration exits with 2.</summary>
    public static async Task<int> RunAsync(string? configPath, CancellationToken cancellationToken, Func<CliHost, Task<int>> command, Func<BudgetPilotConfig, BudgetPilotConfig>? adjust = null, TimeProvider? time = null)
    {
        await using var host = await OpenAsync(configPath, Console.Error, cancellationToken, adjust, time);
        return host is null ? 2 : await command(host);
    }

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
