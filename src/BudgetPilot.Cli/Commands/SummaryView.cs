using System.Globalization;
using BudgetPilot.Simulation.Runs;
using Spectre.Console;

namespace BudgetPilot.Cli.Commands;

/// <summary>A simulation summary as tables.</summary>
internal static class SummaryView
{
    public static void Render(IAnsiConsole console, SimulationSummary s)
    {
        var money = new Table().Title($"[bold]{s.Days} days · {s.Campaigns} campaigns · seed {s.Seed} · {s.Scenario} · policy {s.Policy} · {s.Autonomy}[/]")
            .AddColumns("Revenue (expected)", "Spend", "Profit", "ROAS", "Cycles", "Campaign-ticks/s");
        money.AddRow(M(s.Revenue), M(s.Spend), M(s.Profit), s.Roas?.ToString("0.00", CultureInfo.InvariantCulture) ?? "n/a",
            s.Cycles.ToString("N0", CultureInfo.InvariantCulture), s.CampaignTicksPerSecond.ToString("N0", CultureInfo.InvariantCulture));
        console.Write(money);

        var actions = new Table().Title("[bold]What BudgetPilot did[/]").AddColumns("", "Count");
        foreach (var (type, count) in s.ExecutedByType)
        {
            actions.AddRow($"Executed {type}", N(count));
        }

        actions.AddRow("Execution failures", N(s.ExecutionFailures));
        actions.AddRow("Grace-period pauses scheduled", N(s.GracePausesScheduled));
        actions.AddRow("Advice recorded (advisory)", N(s.Advised));
        actions.AddRow("Approvals requested", N(s.ApprovalsRequested));
        actions.AddRow("  approved", N(s.ApprovalsApproved));
        actions.AddRow("  rejected", N(s.ApprovalsRejected));
        actions.AddRow("  expired (auto-rejected)", N(s.ApprovalsExpired));
        console.Write(actions);

        Breakdown(console, "Guardrail rejections by reason", s.GuardrailRejectionsByReason);
        Breakdown(console, "Alerts by kind", s.AlertsByKind);

        var violations = s.InvariantViolations.Count + s.PlatformConstraintViolations.Count;
        console.MarkupLine(violations == 0
            ? "[green]Invariants: 0 violations (audit log replay and the platform's own change log).[/]"
            : $"[red]Invariants: {s.InvariantViolations.Count} violation(s) in the audit log, {s.PlatformConstraintViolations.Count} in the platform change log.[/]");
        foreach (var v in s.InvariantViolations.Concat(s.PlatformConstraintViolations).Take(20))
        {
            console.MarkupLineInterpolated($"[red]  {v}[/]");
        }
    }

    private static void Breakdown(IAnsiConsole console, string title, IReadOnlyDictionary<string, int> counts)
    {
        var table = new Table().Title($"[bold]{title}[/]").AddColumns("", "Count");
        foreach (var (key, count) in counts)
        {
            table.AddRow(Markup.Escape(key), N(count));
        }

        if (counts.Count == 0)
        {
            table.AddRow("[grey]none[/]", "0");
        }

        console.Write(table);
    }

    private static string M(decimal value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
