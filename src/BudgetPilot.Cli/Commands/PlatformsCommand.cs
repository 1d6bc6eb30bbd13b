using System.CommandLine;
using System.Globalization;
using BudgetPilot.Core;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Execution;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace BudgetPilot.Cli.Commands;

/// <summary><c>budgetpilot platforms test</c>: each configured platform's credentials, checked by reading what it holds.</summary>
public static class PlatformsCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var config = CycleCommand.ConfigOption();
        var at = CliHost.AtOption("Check");
        var test = new Command("test", "Check each configured platform: account, campaigns and the last data point (reads only).") { config, at };
        test.SetAction((parse, cancellationToken) => CliHost.RunAsync(parse.GetValue(config), cancellationToken, async host =>
        {
            var now = host.Context.Time.GetUtcNow();
            var table = new Table().AddColumns("Platform", "Account", "Result", "Campaigns", "Last data point", "Rows refused", "Currency");
            var failed = 0;
            foreach (var platform in host.Services.GetRequiredService<IReadOnlyList<IAdPlatform>>())
            {
                var account = host.Config.Platforms.TryGetValue(platform.Platform.Key(), out var section) ? section.AdAccountId ?? section.Settings.GetValueOrDefault("csv_folder", "") : "(simulated)";
                try
                {
                    var campaigns = await platform.GetCampaignsAsync(cancellationToken);
                    var batch = await platform.GetMetricsAsync(now.AddHours(-48), now, cancellationToken);
                    var last = batch.Samples.Count == 0 ? "none in 48 h" : batch.Samples.Max(s => s.Hour).ToString("u", CultureInfo.InvariantCulture);
                    var names = string.Join(", ", campaigns.Take(3).Select(c => c.Name)) + (campaigns.Count > 3 ? ", …" : "");
                    table.AddRow(Markup.Escape(platform.Platform.DisplayName()), Markup.Escape(account), "[green]ok[/]", Markup.Escape($"{campaigns.Count} ({names})"), last, $"{batch.Rejected.Count}",
                        Markup.Escape(Conversions(campaigns, batch, host.Config.Workspace.Currency)));
                }
                catch (PlatformException ex)
                {
                    failed++;
                    table.AddRow(Markup.Escape(platform.Platform.DisplayName()), Markup.Escape(account), $"[red]{Markup.Escape(ex.Message)}[/]", "", "", "", "");
                }
            }

            console.Write(table);
            return failed == 0 ? 0 : 1;
        }, time: CliHost.ClockAt(parse.GetValue(at))));
        return new Command("platforms", "Configured ad platforms.") { test };
    }

    /// <summary>The rates this account's money was converted with, as stored beside it; the workspace currency when none was needed.</summary>
    private static string Conversions(IReadOnlyList<Campaign> campaigns, MetricsBatch batch, string workspaceCurrency)
    {
        var used = campaigns.Select(c => c.ReportedBudget?.Conversion).Concat(batch.Samples.Select(s => s.Reported?.Conversion))
            .OfType<CurrencyConversion>().Distinct().Select(c => c.ToString()).ToList();
        return used.Count == 0 ? $"{workspaceCurrency} (no conversion)" : string.Join("; ", used);
    }
}
