using System.CommandLine;
using System.Globalization;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Reports.Reports;
using Spectre.Console;

namespace BudgetPilot.Cli.Commands;

/// <summary><c>budgetpilot report weekly|daily</c>: the post-factum report as HTML, chart PNGs and PDF, on demand.</summary>
public static class ReportCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var command = new Command("report", "Write a performance report (HTML, PNG charts, PDF) for the configured workspace or a simulated one.");
        command.Subcommands.Add(Period(console, "weekly", "The seven days before --at (default: today), against the week before."));
        command.Subcommands.Add(Period(console, "daily", "The day --at (default: yesterday), against the day before."));
        return command;
    }

    private static Command Period(IAnsiConsole console, string name, string description)
    {
        var at = new Option<string?>("--at") { Description = "Date (yyyy-MM-dd) in the workspace's time zone." };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write into (created if missing).", Required = true };
        var noPdf = new Option<bool>("--no-pdf") { Description = "Skip the PDF (no Chromium needed)." };
        var chromium = new Option<string>("--chromium") { Description = "Chromium executable for the PDF.", DefaultValueFactory = _ => "/usr/bin/chromium" };
        var simulated = new Option<bool>("--simulated") { Description = "Report on a simulated fortnight ending at --at instead of the configured workspace (for a sample)." };
        var seed = new Option<ulong>("--seed") { Description = "Market seed for --simulated.", DefaultValueFactory = _ => 11 };
        var config = CycleCommand.ConfigOption();
        var command = new Command(name, description) { at, output, noPdf, chromium, simulated, seed, config };
        command.SetAction(async (parse, cancellationToken) =>
        {
            DateOnly? date = null;
            if (parse.GetValue(at) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    console.MarkupLineInterpolated($"[red]--at '{text}' is not a date of the form yyyy-MM-dd.[/]");
                    return 2;
                }

                date = parsed;
            }

            var options = new ReportOptions();
            var pdf = parse.GetValue(noPdf) ? null : new ChromiumPdfRenderer(parse.GetValue(chromium)!);
            var dir = parse.GetValue(output)!.FullName;
            if (parse.GetValue(simulated))
            {
                var end = date ?? new DateOnly(2026, 1, 19);
                var (stores, workspace) = await SimulatedFortnight.RunAsync(end, parse.GetValue(seed), cancellationToken);
                return await WriteAsync(console, name, stores, workspace, options, end, TimeProvider.System, dir, pdf, cancellationToken);
            }

            return await CliHost.RunAsync(parse.GetValue(config), cancellationToken, host =>
            {
                var ctx = host.Context;
                var today = ctx.Workspace.LocalDate(ctx.Time.GetUtcNow());
                return WriteAsync(console, name, ctx.Stores, ctx.Workspace, options, date ?? (name == "weekly" ? today : today.AddDays(-1)), ctx.Time, dir, pdf, cancellationToken);
            });
        });
        return command;
    }

    private static async Task<int> WriteAsync(
        IAnsiConsole console, string period, Stores stores, Workspace workspace, ReportOptions options, DateOnly at, TimeProvider time, string dir, IPdfRenderer? pdf, CancellationToken ct)
    {
        var builder = new ReportBuilder(stores, workspace, options, time);
        var report = period == "weekly" ? await builder.WeeklyAsync(at, ct) : await builder.DailyAsync(at, ct);
        var html = await ReportFiles.WriteAsync(report, dir, $"{period}-{at:yyyy-MM-dd}", pdf, ct);
        var c = report.Current;
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"[bold]{report.Title}[/] {report.From:yyyy-MM-dd} → {report.To:yyyy-MM-dd}: spend {c.Spend:N2}, revenue {c.Revenue:N2}, ROAS {c.Roas:0.00}, profit {c.Profit:N2} {workspace.Currency}; {report.Actions.Count} actions, {report.Approved} approved, {report.Rejected} rejected, {report.Expired} expired, {report.Alerts.Count} alerts");
        console.MarkupLineInterpolated($"[grey]Written to {html}{(pdf is null ? string.Empty : " and .pdf")}[/]");
        return 0;
    }
}
