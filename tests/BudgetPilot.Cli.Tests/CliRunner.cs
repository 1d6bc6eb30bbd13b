using BudgetPilot.Cli.Commands;
using Spectre.Console;

namespace BudgetPilot.Cli.Tests;

/// <summary>Runs the real command tree in process and captures what it prints.</summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 240;
        var errors = Console.Error;
        var captured = new StringWriter();
        Console.SetError(captured);
        try
        {
            var code = await BudgetPilotCommand.Create(console).Parse(args).InvokeAsync();
            return (code, writer + captured.ToString());
        }
        finally
        {
            Console.SetError(errors);
        }
    }
}
