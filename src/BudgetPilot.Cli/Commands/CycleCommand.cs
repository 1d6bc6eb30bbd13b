using System.CommandLine;
using System.Globalization;
using BudgetPilot.Core.Allocation;
using BudgetPilot.Core.Cycle;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace BudgetPilot.Cli.Commands;

/// <summary><c>budgetpilot cycle</c>: exactly one cycle, now or at a given instant, against the configured platforms and the stored state.</summary>
public static class CycleCommand
{
    public static Option<string?> ConfigOption() => new("--config") { Description = "Path to budgetpilot.yaml (default: BUDGETPILOT_CONFIG, ./budgetpilot.yaml, or the embedded defaults)." };

    public static Command Create(IAnsiConsole console)
    {
        var at = CliHost.AtOption("Run the cycle");
        var config = ConfigOption();
        var policy = new Option<string?>("--policy") { Description = "Override the configured policy for this cycle: rules, allocator or allocator+rules." };
        var command = new Command("cycle", "Run one optimization cycle, then exit (for cron and replays).") { at, config, policy };
        command.SetAction((parse, cancellationToken) =>
        {
            var chosen = DecisionPolicies.Default;
            if (parse.GetValue(policy) is { } text && !DecisionPolicies.TryParse(text, out chosen))
            {
                console.MarkupLineInterpolated($"[red]--policy '{text}' is not a policy; use one of {string.Join(", ", DecisionPolicies.Names)}.[/]");
                return Task.FromResult(2);
            }

            // A replay runs the whole process at its instant, not only the cycle: the simulated market, the platforms'
            // date ranges and every stamp then agree with the live run at that time.
            return CliHost.RunAsync(parse.GetValue(config), cancellationToken, host => RunCycleAsync(host, console, cancellationToken),
                parse.GetValue(policy) is null ? null : c => c with { Policy = chosen }, CliHost.ClockAt(parse.GetValue(at)));
        });
        return command;
    }

    private static async Task<int> RunCycleAsync(CliHost host, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var now = host.Context.Time.GetUtcNow();
        using var scope = host.Services.CreateScope();
        var record = await scope.ServiceProvider.GetRequiredService<ICycleRunner>().RunAsync(now, cancellationToken);
        var c = record.Counts;
        var table = new Table().Title($"[bold]Cycle at {record.At.ToString("u", CultureInfo.InvariantCulture)} ({record.Duration.TotalMilliseconds:0} ms){(record.HourMark ? " · hourly optimization" : "")}[/]")
            .AddColumns("Samples", "Analysed", "Alerts +/-", "Proposed", "Executed", "Approvals", "Grace", "Advised", "Refused", "Errors");
        table.AddRow($"{c.SamplesCollected}", $"{c.CampaignsAnalysed}", $"{c.AlertsOpened}/{c.AlertsResolved}", $"{c.Proposed}", $"{c.Executed}",
            $"{c.ApprovalsRequested}", $"{c.GraceScheduled}", $"{c.Advised}", $"{c.GuardrailRejected}", $"{record.Errors.Count}");
        console.Write(table);
        if (record.Report is { } report)
        {
            console.MarkupLineInterpolated($"Collected {c.SamplesCollected} sample(s); decided by {report.Engine}.");
            console.MarkupLineInterpolated($"Overall health: [bold]{report.OverallHealth}[/] · expected ROAS {report.ExpectedOutcomes.CurrentOverallRoas} → {report.ExpectedOutcomes.NewOverallRoas}");
        }

        foreach (var error in record.Errors)
        {
            console.MarkupLineInterpolated($"[red]{error}[/]");
        }

        return record.Errors.Count == 0 ? 0 : 1;
    }
}
