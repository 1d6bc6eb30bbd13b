namespace BudgetPilot.Cli.Tests;

/// <summary><c>budgetpilot bench quality</c> end to end on a tiny market: the table, its files, and refused options.</summary>
public sealed class BenchCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("budgetpilot-bench-").FullName;

    [Fact]
    public async Task Quality_OnSeedsItWasNeverTunedOn_WritesTheTableTheLearningCurvesAndTheirCharts()
    {
        var (code, output) = await CliRunner.RunAsync(
            "bench", "quality", "--seeds", "2", "--first-seed", "501", "--campaigns", "6", "--budget", "6000", "--days", "4",
            "--scenario", "stationary", "--policy", "static", "seed_rules_approved", "--out", folder);

        Assert.True(code == 0, output);

        // The oracles each policy divides by are added without being asked for.
        Assert.Contains("| oracle |", output, StringComparison.Ordinal);
        Assert.Contains("| oracle_approved |", output, StringComparison.Ordinal);
        Assert.Contains("`seed_rules_approved` runs with a manager who approves everything and divides by `oracle_approved`", output, StringComparison.Ordinal);
        foreach (var file in new[] { "quality.csv", "quality.json", "quality.md", "quality-4d.png", "daily.csv", "learning-curves.png" })
        {
            Assert.True(new FileInfo(Path.Combine(folder, file)) is { Exists: true, Length: > 0 }, $"{file} was not written");
        }

        var daily = await File.ReadAllLinesAsync(Path.Combine(folder, "daily.csv"), TestContext.Current.CancellationToken);
        Assert.Equal("scenario,policy,day,pct_oracle", daily[0]);
        Assert.Equal(1 + (4 * 4), daily.Length);
        Assert.Contains("stationary,oracle,4,100", daily);

        var json = await File.ReadAllTextAsync(Path.Combine(folder, "quality.json"), TestContext.Current.CancellationToken);
        Assert.Contains("\"seed\": 502", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"seed\": 1,", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--budget", "0", "--budget 0 must be above 0")]
    [InlineData("--seeds", "0", "--seeds 0 must be at least 1")]
    public async Task Quality_OutOfRangeOption_IsRefusedByName(string option, string value, string expected)
    {
        var (code, output) = await CliRunner.RunAsync("bench", "quality", option, value, "--days", "2", "--out", folder);

        Assert.NotEqual(0, code);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "quality.csv")));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
