using BudgetPilot.Cli.Commands;
using Spectre.Console;

var root = BudgetPilotCommand.Create(AnsiConsole.Console);
return await root.Parse(args).InvokeAsync();
