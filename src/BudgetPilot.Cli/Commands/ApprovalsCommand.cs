using System.CommandLine;
using BudgetPilot.Core.Approvals;
using Spectre.Console;

namespace BudgetPilot.Cli.Commands;

/// <summary><c>budgetpilot approvals list | approve ID | reject ID</c>.</summary>
public static class ApprovalsCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var command = new Command("approvals", "The approval queue, urgent first.");
        var listConfig = CycleCommand.ConfigOption();
        var listAt = CliHost.AtOption("List");
        var list = new Command("list", "Pending requests, ranked urgent first, with the time left before automatic rejection.") { listConfig, listAt };
        list.SetAction((parse, cancellationToken) => CliHost.RunAsync(parse.GetValue(listConfig), cancellationToken, async host =>
        {
            var ctx = host.Context;
            await ApprovalDesk.ExpireAsync(ctx, cancellationToken);
            var now = ctx.Time.GetUtcNow();
            var pending = ApprovalQueue.Rank(await ctx.Stores.Approvals.ListPendingAsync(ctx.Id, cancellationToken));
            var table = new Table().Title($"[bold]{pending.Count} pending approval(s)[/]").AddColumns("Id", "Urgency", "Campaign", "Change", "Confidence", "Why approval", "Time left");
            foreach (var r in pending)
            {
                var a = r.Primary;
                var change = a.NewBudget is { } nb ? $"{a.Type} {a.CurrentState.Budget:N0} → {nb:N0}" : a.Type.ToString();
                table.AddRow(r.Id.ToString(), ApprovalQueue.UrgencyOf(r).ToString(), Markup.Escape(a.CampaignName), Markup.Escape(change + (r.Actions.Count > 1 ? $" (+{r.Actions.Count - 1} legs)" : "")),
                    $"{a.Confidence:P0}", Markup.Escape(r.WhyApprovalNeeded), $"{r.TimeLeft(now):hh\\:mm}");
            }

            console.Write(table);
            return 0;
        }, time: CliHost.ClockAt(parse.GetValue(listAt))));

        command.Subcommands.Add(list);
        command.Subcommands.Add(Decide(console, "approve", "Approve a request: it meets the guardrails again and executes.", approve: true));
        command.Subcommands.Add(Decide(console, "reject", "Reject a request: nothing changes.", approve: false));
        return command;
    }

    private static Command Decide(IAnsiConsole console, string name, string description, bool approve)
    {
        var id = new Argument<Guid>("id") { Description = "The request's id (see approvals list)." };
        var comment = new Option<string?>("--comment") { Description = "Why, for the audit log." };
        var user = new Option<string>("--user") { Description = "Who decides.", DefaultValueFactory = _ => Environment.UserName };
        var config = CycleCommand.ConfigOption();
        var at = CliHost.AtOption("Decide");
        var command = new Command(name, description) { id, comment, user, config, at };
        command.SetAction((parse, cancellationToken) => CliHost.RunAsync(parse.GetValue(config), cancellationToken, async host =>
        {
            var result = approve
                ? await ApprovalDesk.ApproveAsync(host.Context, parse.GetValue(id), parse.GetValue(user)!, parse.GetValue(comment), cancellationToken)
                : await ApprovalDesk.RejectAsync(host.Context, parse.GetValue(id), parse.GetValue(user)!, parse.GetValue(comment), cancellationToken);
            if (result.Ok)
            {
                console.MarkupLineInterpolated($"[green]{result.Message}[/]");
            }
            else
            {
                console.MarkupLineInterpolated($"[red]{result.Message}[/]");
            }
            return result.Ok ? 0 : 1;
        }, time: CliHost.ClockAt(parse.GetValue(at))));
        return command;
    }
}
