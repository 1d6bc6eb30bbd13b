using System.Globalization;
using System.Text;

namespace BudgetPilot.Cli.Tests;

public sealed class BacktestCommandTests
{
    /// <summary>
    /// Three weeks of daily rows from known curves: TikTok Viral is far from saturation, Google Generic
    /// past it, at the same spend. Spend wanders ±30% so the curves can be read.
    /// </summary>
    private static string Fixture()
    {
        var csv = new StringBuilder("date,platform,campaign,spend,impressions,clicks,conversions,conversion_value\n");
        var random = new Random(42);
        var start = new DateOnly(2026, 10, 1);
        (string Platform, string Name, double Beta, double Kappa)[] campaigns =
        [
            ("tiktok_ads", "TikTok Viral", 30000, 6000),
            ("google_ads", "Google Generic", 4500, 400),
            ("meta_ads", "Meta Lookalike", 9000, 1500),
        ];
        for (var d = 0; d < 21; d++)
        {
            foreach (var (platform, name, beta, kappa) in campaigns)
            {
                var spend = 1000 * (0.7 + (0.6 * random.NextDouble()));
                var value = beta * spend / (spend + kappa) * (0.97 + (0.06 * random.NextDouble()));
                csv.Append(CultureInfo.InvariantCulture, $"{start.AddDays(d):yyyy-MM-dd},{platform},{name},{spend:0.00},{spend * 40:0},{spend:0},{value / 60:0.00},{value:0.00}\n");
            }
        }

        return csv.ToString();
    }

    private static async Task<string> WriteAsync(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"bp-history-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, text, TestContext.Current.CancellationToken);
        return path;
    }

    [Fact]
    public async Task Backtest_OnAHistory_ListsTheMovesTheAllocatorWouldHaveMadeWithItsOwnEstimate()
    {
        var path = await WriteAsync(Fixture());

        var (code, output) = await CliRunner.RunAsync("backtest", "--history", path, "--policy", "allocator");

        Assert.Equal(0, code);
        Assert.Contains("Backtest of 'allocator' over 21 days", output, StringComparison.Ordinal);
        Assert.Contains("TikTok Viral", output, StringComparison.Ordinal);

        // TikTok Viral has the highest marginal return of the three: money goes toward it, never away.
        Assert.Matches(@"TikTok Viral\W+(IncreaseBudget|Reallocate)", output);
        Assert.DoesNotMatch(@"TikTok Viral\W+(ReduceBudget|Pause)", output);
        Assert.Contains("not an outcome", output, StringComparison.Ordinal);
        Assert.Matches(@"\d+ action\(s\) on [1-9]\d* of 14 replayed days", output);
    }

    [Fact]
    public async Task Backtest_HourlyRows_AreSummedIntoTheirDays()
    {
        var csv = new StringBuilder("date,platform,campaign,spend,impressions,clicks,conversions,conversion_value\n");
        for (var d = 0; d < 9; d++)
        {
            for (var h = 0; h < 24; h++)
            {
                var at = new DateTimeOffset(2026, 10, 1, h, 0, 0, TimeSpan.Zero).AddDays(d);
                csv.Append(CultureInfo.InvariantCulture, $"{at:yyyy-MM-ddTHH:mm:ssZ},google_ads,Search,40,1000,40,1,{120 + d}\n");
            }
        }

        var path = await WriteAsync(csv.ToString());

        var (code, output) = await CliRunner.RunAsync("backtest", "--history", path, "--policy", "rules");

        Assert.Equal(0, code);
        Assert.Contains("over 9 days", output, StringComparison.Ordinal);
        Assert.Matches(@"of 2 replayed days", output);
    }

    [Fact]
    public async Task Backtest_WithTheRules_RunsTheSameReplay()
    {
        var path = await WriteAsync(Fixture());

        var (code, output) = await CliRunner.RunAsync("backtest", "--history", path, "--policy", "rules");

        Assert.Equal(0, code);
        Assert.Contains("Backtest of 'rules'", output, StringComparison.Ordinal);
        Assert.Matches(@"of 14 replayed days", output);
    }

    [Fact]
    public async Task Backtest_BadRows_AreRefusedByLineAndColumnAndNothingIsReplayed()
    {
        var path = await WriteAsync("date,platform,campaign,spend,impressions,clicks,conversions,conversion_value\n2026-10-01,myspace,X,10,1,1,1,10\n2026-10-02,google_ads,Y,-5,1,1,1,10\n");

        var (code, output) = await CliRunner.RunAsync("backtest", "--history", path);

        Assert.Equal(2, code);
        Assert.Contains("line 2: platform 'myspace' is not a platform", output, StringComparison.Ordinal);
        Assert.Contains("line 3: spend '-5' is not a non-negative number", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Backtest of", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backtest_AMissingColumnOrAnUnknownPolicy_IsNamed()
    {
        var path = await WriteAsync("date,platform,campaign,spend\n2026-10-01,google_ads,X,10\n");

        var (missing, missingOutput) = await CliRunner.RunAsync("backtest", "--history", path);
        var (unknown, unknownOutput) = await CliRunner.RunAsync("backtest", "--history", path, "--policy", "greedy");

        Assert.Equal(2, missing);
        Assert.Contains("the header lacks impressions, clicks, conversions, conversion_value", missingOutput, StringComparison.Ordinal);
        Assert.Equal(2, unknown);
        Assert.Contains("'greedy' is not a policy", unknownOutput, StringComparison.Ordinal);
    }
}
