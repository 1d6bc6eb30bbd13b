using BudgetPilot.Core.Rules;

namespace BudgetPilot.Ai.Tests;

/// <summary>
/// The prompt is compared with the committed text. A deliberate change: run with BP_UPDATE_SNAPSHOTS=1
/// (it rewrites the file in the source tree), review the diff, commit it.
/// </summary>
public sealed class DecisionPromptSnapshotTests
{
    [Fact]
    public void The_decision_prompt_matches_its_snapshot()
    {
        var ctx = Scenario.Context;
        var prompt = DecisionPrompt.Build(ctx, new SeedRulesEngine().Decide(ctx).ImmediateActions);

        Snapshot.Match("decision-prompt.txt", $"--- system ---\n{prompt.System}\n--- user ---\n{prompt.User}\n");
    }

    [Fact]
    public void The_fingerprint_ignores_the_clock_but_not_the_budgets()
    {
        var ctx = Scenario.Context;
        var a = DecisionPrompt.Build(ctx, []);
        var later = DecisionPrompt.Build(ctx with { Now = ctx.Now.AddMinutes(15) }, []);
        var cheaper = DecisionPrompt.Build(ctx with { ReallocationRoomToday = 10m }, []);

        Assert.Equal(a.Fingerprint, later.Fingerprint);
        Assert.NotEqual(a.Fingerprint, cheaper.Fingerprint);
    }
}

internal static class Snapshot
{
    public static void Match(string name, string actual)
    {
        var file = Path.Combine(AppContext.BaseDirectory, "Snapshots", name);
        if (Environment.GetEnvironmentVariable("BP_UPDATE_SNAPSHOTS") == "1")
        {
            file = Path.Combine(SourceDir(), "Snapshots", name);
            File.WriteAllText(file, actual);
        }

        var expected = File.ReadAllText(file).ReplaceLineEndings("\n");
        Assert.Equal(expected, actual.ReplaceLineEndings("\n"));
    }

    private static string SourceDir([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
