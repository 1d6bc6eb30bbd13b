using System.CommandLine;
using BudgetPilot.Cli.Commands;
using Spectre.Console;

namespace BudgetPilot.Cli.Tests;

/// <summary>Runs the real command tree in process and captures what it prints.</summary>
internal static class CliRunner
{
    private static readonly SemaphoreSlim Turn = new(1, 1);

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

        // Parse errors and help go to the invocation's writers; a refused configuration goes to Console.Error,
        // which is process-wide, so runs take turns: parallel tests would otherwise capture each other's output.
        var captured = new StringWriter();
        var configuration = new InvocationConfiguration { Output = writer, Error = captured };
        await Turn.WaitAsync();
        var errors = Console.Error;
        Console.SetError(captured);
        try
        {
            var code = await BudgetPilotCommand.Create(console).Parse(args).InvokeAsync(configuration);
            return (code, writer + captured.ToString());
        }
        finally
        {
            Console.SetError(errors);
            Turn.Release();
        }
    }
}
