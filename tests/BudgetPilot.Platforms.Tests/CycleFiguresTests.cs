using System.Diagnostics;
using BudgetPilot.Platforms.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace BudgetPilot.Platforms.Tests;

/// <summary>
/// One platform at a time behind `budgetpilot cycle`: a bootstrap cycle and a steady one 15 minutes later,
/// counting the calls each fake received and timing each cycle (written to the temp folder for the note).
/// </summary>
public sealed class CycleFiguresTests
{
    [Theory]
    [InlineData("google_ads")]
    [InlineData("meta_ads")]
    [InlineData("tiktok_ads")]
    [InlineData("linkedin_ads")]
    public async Task Cycle_AgainstOneFake_ReadsCampaignsAndMetrics(string platform)
    {
        var folder = Directory.CreateTempSubdirectory("budgetpilot-figures-").FullName;
        var now = new DateTimeOffset(2026, 3, 10, 10, 5, 0, TimeSpan.Zero);
        await using var fake = await Fake(platform, now);
        var section = platform switch
        {
            "google_ads" => $"google_ads: {{ enabled: true, base_url: \"{fake.BaseUrl}\", access_token: tok, ad_account_id: \"1234567890\", developer_token: dev }}",
            "meta_ads" => $"meta_ads: {{ enabled: true, base_url: \"{fake.BaseUrl}\", api_version: v25.0, access_token: {FakeMeta.Token}, ad_account_id: act_123 }}",
            "tiktok_ads" => $"tiktok_ads: {{ enabled: true, base_url: \"{fake.BaseUrl}\", api_version: v1.3, access_token: {FakeTikTok.Token}, ad_account_id: \"{FakeTikTok.Advertiser}\" }}",
            _ => $"linkedin_ads: {{ enabled: true, base_url: \"{fake.BaseUrl}rest/\", api_version: \"202601\", access_token: {FakeLinkedIn.Token}, ad_account_id: \"{FakeLinkedIn.Account}\" }}",
        };
        var config = Path.Combine(folder, "budgetpilot.yaml");
        await File.WriteAllTextAsync(config, $$"""
            workspace: { id: figures, name: "Figures", total_daily_budget: 1000, currency: USD, time_zone: UTC, min_roas: 2.0, max_campaign_budget: 500 }
            autonomous_mode: true
            grace_period: 0h
            storage: { provider: sqlite, connection_string: "Data Source={{Path.Combine(folder, "bp.db")}}" }
            platforms:
              {{section}}
            """, TestContext.Current.CancellationToken);

        var first = Stopwatch.StartNew();
        var (code, output) = await CliRun.RunAsync("cycle", "--config", config, "--at", now.ToString("O"));
        first.Stop();
        var bootstrapCalls = fake.Requests.Count;
        var steady = Stopwatch.StartNew();
        var second = await CliRun.RunAsync("cycle", "--config", config, "--at", now.AddMinutes(15).ToString("O"));
        steady.Stop();

        Assert.True(code == 0, output);
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.DoesNotContain("unreachable", output, StringComparison.OrdinalIgnoreCase);
        Assert.True(bootstrapCalls >= 3);
        await File.WriteAllTextAsync(Path.Combine(Path.GetTempPath(), $"budgetpilot-figures-{platform}.txt"),
            $"{platform}: bootstrap cycle {first.ElapsedMilliseconds} ms / {bootstrapCalls} calls; steady cycle {steady.ElapsedMilliseconds} ms / {fake.Requests.Count - bootstrapCalls} calls\n{output}",
            TestContext.Current.CancellationToken);
    }

    private static async Task<FakeApi> Fake(string platform, DateTimeOffset now)
    {
        var hours = Enumerable.Range(1, 24 * 17).Select(h => now.AddHours(-h)).ToList();
        switch (platform)
        {
            case "google_ads":
                var google = new FakeGoogleAds(new FakeTimeProvider(now));
                google.AddCampaign("111", "Winner", 200m);
                google.AddCampaign("112", "Loser", 150m);
                hours.ForEach(h => google.AddHour("111", DateOnly.FromDateTime(h.UtcDateTime), h.Hour, 8m, conversions: 2, value: 80));
                hours.ForEach(h => google.AddHour("112", DateOnly.FromDateTime(h.UtcDateTime), h.Hour, 6m, conversions: 0, value: 0));
                return await google.StartAsync();
            case "meta_ads":
                var meta = new FakeMeta(new FakeTimeProvider(now)) { PageSize = 500 };
                meta.AddCampaign("120200000000000001", "Prospecting", 20000);
                meta.AddCampaign("120200000000000002", "Dud", 15000);
                hours.ForEach(h => meta.AddHour("120200000000000001", DateOnly.FromDateTime(h.UtcDateTime), h.Hour, "8.00", "2", "80.00"));
                hours.ForEach(h => meta.AddHour("120200000000000002", DateOnly.FromDateTime(h.UtcDateTime), h.Hour, "6.00", "0", "0"));
                return await meta.StartAsync();
            case "tiktok_ads":
                var tiktok = new FakeTikTok(new FakeTimeProvider(now)) { PageSize = 1000 };
                tiktok.AddCampaign("1800000000000001", "Spring", 200m);
                tiktok.AddCampaign("1800000000000002", "Dud", 150m);
                hours.ForEach(h => tiktok.AddHour("1800000000000001", DateOnly.FromDateTime(h.UtcDateTime), h.Hour, "8.00", "2", "10.00"));
                hours.ForEach(h => tiktok.AddHour("1800000000000002", DateOnly.FromDateTime(h.UtcDateTime), h.Hour, "6.00", "0", "0"));
                return await tiktok.StartAsync();
            default:
                var linkedIn = new FakeLinkedIn(new FakeTimeProvider(now));
                linkedIn.AddCampaign(123, "ABM", "200.00");
                linkedIn.AddCampaign(124, "Dud", "150.00");
                foreach (var day in hours.Select(h => DateOnly.FromDateTime(h.UtcDateTime)).Distinct())
                {
                    linkedIn.AddDay(123, day, "192.00");
                    linkedIn.AddDay(124, day, "144.00");
                }

                return await linkedIn.StartAsync();
        }
    }
}
