using BudgetPilot.Core;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Metrics;
using BudgetPilot.Platforms.Currency;
using BudgetPilot.Platforms.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace BudgetPilot.Platforms.Tests;

public sealed class GoogleAdsPlatformTests : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(Harness.Start);
    private readonly FakeGoogleAds fake;

    public GoogleAdsPlatformTests()
    {
        fake = new FakeGoogleAds(time);
        fake.AddCampaign("111", "Brand", 50m);
        fake.AddCampaign("112", "Generic", 80m);
        fake.AddCampaign("113", "Shared A", 30m, budgetId: "777", shared: true, references: 2);
        fake.AddCampaign("114", "Old", 10m, status: "REMOVED");
    }

    public async ValueTask InitializeAsync() => await fake.StartAsync();

    public ValueTask DisposeAsync() => fake.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static CampaignId Id(string value) => new(Platform.GoogleAds, value);

    [Fact]
    public async Task GetCampaigns_MicrosStrings_BecomeMoneyAndSharedBudgetsAreFlagged()
    {
        var campaigns = await Harness.Google(fake, time).GetCampaignsAsync(Ct);

        Assert.Equal(["111", "112", "113"], campaigns.Select(c => c.Id.Value));
        Assert.Equal(50m, campaigns[0].DailyBudget);
        Assert.Equal(CampaignStatus.Active, campaigns[0].Status);
        Assert.False(campaigns[0].HasSharedBudget);
        Assert.True(campaigns[2].HasSharedBudget);
    }

    [Theory]
    [InlineData("v21")]
    [InlineData("v23")]
    public async Task GetCampaigns_AskForTheStartFieldOfTheirVersion(string version)
    {
        var campaigns = await Harness.Google(fake, time, version: version).GetCampaignsAsync(Ct);

        Assert.Equal(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), campaigns[0].StartedAt);
    }

    [Fact]
    public async Task GetMetrics_HourlyRowsAcrossBatches_ParseToSamplesInTheWindow()
    {
        var day = new DateOnly(2025, 1, 2);
        fake.AddHour("111", day, 9, 12.34m);
        fake.AddHour("111", day, 10, 5m, impressions: 500, clicks: 7, conversions: 1.5, value: 40);
        fake.AddHour("112", day, 10, 0.01m);
        fake.AddHour("112", day, 11, 3m);

        var batch = await Harness.Google(fake, time).GetMetricsAsync(Harness.Start.AddHours(-2), Harness.Start, Ct);

        Assert.Empty(batch.Rejected);
        Assert.Equal(3, batch.Samples.Count);
        var first = batch.Samples[0];
        Assert.Equal(new DateTimeOffset(2025, 1, 2, 10, 0, 0, TimeSpan.Zero), first.Hour);
        Assert.Equal(5m, first.Spend);
        Assert.Equal(500, first.Impressions);
        Assert.Equal(1.5m, first.Conversions);
        Assert.Equal(40m, first.ConversionValue);
        Assert.Equal(0.01m, batch.Samples[1].Spend);
    }

    [Fact]
    public async Task GetMetrics_BadRows_AreRefusedWithReasonsAndTheRestGoesThrough()
    {
        var day = new DateOnly(2025, 1, 2);
        fake.AddHour("111", day, 10, 5m);
        fake.AddHour("111", day, 10, 6m);
        fake.MetricRows.Add(new("2025-01-02", """{"campaign":{"id":"112"},"metrics":{"costMicros":"-5000000"},"segments":{"date":"2025-01-02","hour":10}}"""));
        fake.MetricRows.Add(new("2025-01-02", """{"campaign":{"id":"113"},"metrics":{"costMicros":"1000000","conversions":"NaN"},"segments":{"date":"2025-01-02","hour":10}}"""));
        fake.MetricRows.Add(new("2025-01-02", """{"campaign":{"id":"113"},"metrics":{"costMicros":"1000000"},"segments":{"date":"2025-01-02"}}"""));

        var batch = await Harness.Google(fake, time).GetMetricsAsync(Harness.Start.AddHours(-3), Harness.Start, Ct);

        var sample = Assert.Single(batch.Samples);
        Assert.Equal(5m, sample.Spend);
        Assert.Equal(4, batch.Rejected.Count);
        Assert.Contains(batch.Rejected, r => r.Reason.Contains("duplicate", StringComparison.Ordinal));
        Assert.Contains(batch.Rejected, r => r.Reason.Contains("negative spend", StringComparison.Ordinal));
        Assert.Contains(batch.Rejected, r => r.Reason.Contains("NaN", StringComparison.Ordinal));
        Assert.Contains(batch.Rejected, r => r.Reason.Contains("missing field: date/hour", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Apply_Budget_SendsAbsoluteMicrosWithUpdateMaskAndReadsBack()
    {
        var platform = Harness.Google(fake, time);

        var after = await platform.ApplyAsync(new CampaignChange(Id("111"), null, 70m), "ws/a1", Ct);

        Assert.Equal(70m, after.DailyBudget);
        var write = Assert.Single(fake.Requests, r => r.Path.EndsWith("campaignBudgets:mutate", StringComparison.Ordinal));
        Assert.Contains("\"updateMask\":\"amount_micros\"", write.Body, StringComparison.Ordinal);
        Assert.Contains("\"amountMicros\":\"70000000\"", write.Body, StringComparison.Ordinal);
        Assert.Equal(1, fake.AppliedCount("customers/1234567890/campaignBudgets/9111", "70000000"));
    }

    [Fact]
    public async Task Apply_Pause_SendsStatusMutate()
    {
        var after = await Harness.Google(fake, time).ApplyAsync(new CampaignChange(Id("112"), CampaignStatus.Paused, null), "ws/a2", Ct);

        Assert.Equal(CampaignStatus.Paused, after.Status);
        Assert.Equal(1, fake.AppliedCount("customers/1234567890/campaigns/112", "PAUSED"));
    }

    [Fact]
    public async Task Apply_SharedBudget_IsRefusedWithoutAnyWrite()
    {
        var ex = await Assert.ThrowsAsync<PlatformException>(() => Harness.Google(fake, time).ApplyAsync(new CampaignChange(Id("113"), null, 60m), "ws/a3", Ct));

        Assert.False(ex.Transient);
        Assert.Contains("shared budget", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, fake.TotalApplied);
    }

    [Fact]
    public async Task Apply_PartialFailure_IsAReadableNonTransientError()
    {
        fake.Enqueue(Fault.PartialFailure, "mutate");

        var ex = await Assert.ThrowsAsync<PlatformException>(() => Harness.Google(fake, time).ApplyAsync(new CampaignChange(Id("111"), null, 1m), "ws/a4", Ct));

        Assert.False(ex.Transient);
        Assert.Contains("Too low", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, fake.TotalApplied);
    }

    [Fact]
    public async Task OtherCurrency_IsConvertedWithTheConfiguredRateAndTheRateIsKept()
    {
        fake.Currency = "EUR";
        var platform = Harness.Google(fake, time, rates: CurrencyRates.ParseInline("EUR:USD=1.10"));

        var campaigns = await platform.GetCampaignsAsync(Ct);
        await platform.ApplyAsync(new CampaignChange(Id("112"), null, 110m), "ws/a5", Ct);

        Assert.Equal(55m, campaigns[0].DailyBudget);
        Assert.Equal(1, fake.AppliedCount("customers/1234567890/campaignBudgets/9112", "100000000"));
        Assert.Equal(new RateUse("EUR", "USD", 1.10m, Harness.Start), platform.LastRate);
    }

    [Fact]
    public async Task OtherCurrency_SamplesAndBudgetsKeepTheOriginalAmountsAndTheRateUsed()
    {
        fake.Currency = "EUR";
        fake.AddHour("111", new DateOnly(2025, 1, 2), 10, 12.34m, value: 99.5);
        fake.AddHour("112", new DateOnly(2025, 1, 2), 10, 0m, value: 0);
        var rates = CurrencyRates.ParseCsv("from,to,rate,date\nUSD,EUR,0.8,2024-12-31\n", "currency_rates_file rates.csv");
        var platform = Harness.Google(fake, time, rates: rates);

        var campaigns = await platform.GetCampaignsAsync(Ct);
        var batch = await platform.GetMetricsAsync(Harness.Start.AddHours(-3), Harness.Start, Ct);

        var expected = new CurrencyConversion("EUR", "USD", 1.25m, "currency_rates_file rates.csv, inverse of USD:EUR=0.8", new DateOnly(2024, 12, 31));
        Assert.Equal(new ReportedBudget(50m, expected), campaigns[0].ReportedBudget);
        Assert.Equal(62.5m, campaigns[0].DailyBudget);
        var sample = batch.Samples.Single(s => s.CampaignId == Id("111"));
        Assert.Equal(new ReportedMoney(12.34m, 99.5m, expected), sample.Reported);
        Assert.Equal(15.425m, sample.Spend);
        Assert.Equal(124.375m, sample.ConversionValue);
        Assert.Empty(batch.Rejected);
    }

    [Fact]
    public async Task SameCurrency_NothingIsMarkedConverted()
    {
        fake.AddHour("111", new DateOnly(2025, 1, 2), 10, 12.34m);
        var platform = Harness.Google(fake, time, rates: CurrencyRates.ParseInline("EUR:USD=1.10"));

        var campaigns = await platform.GetCampaignsAsync(Ct);
        var batch = await platform.GetMetricsAsync(Harness.Start.AddHours(-3), Harness.Start, Ct);

        Assert.All(campaigns, c => Assert.Null(c.ReportedBudget));
        Assert.Equal(12.34m, Assert.Single(batch.Samples).Spend);
        Assert.Null(batch.Samples[0].Reported);
    }

    [Fact]
    public async Task MissingRateForARealCurrency_EveryRowIsRefusedAndBudgetsAreNotReadAsOne()
    {
        fake.Currency = "GBP";
        fake.AddHour("111", new DateOnly(2025, 1, 2), 9, 5m);
        fake.AddHour("112", new DateOnly(2025, 1, 2), 10, 7m);
        var platform = Harness.Google(fake, time, rates: CurrencyRates.ParseInline("EUR:USD=1.10"));

        var batch = await platform.GetMetricsAsync(Harness.Start.AddHours(-3), Harness.Start, Ct);
        var ex = await Assert.ThrowsAsync<PlatformException>(() => platform.GetCampaignsAsync(Ct));

        Assert.Empty(batch.Samples);
        Assert.Equal(2, batch.Rejected.Count);
        Assert.All(batch.Rejected, r => Assert.Contains("unknown currency 'GBP': no rate to USD", r.Reason, StringComparison.Ordinal));
        Assert.Contains("GBP:USD", ex.Message, StringComparison.Ordinal);
        Assert.False(ex.Transient);
    }

    [Fact]
    public async Task UnknownCurrency_RowsAreRefusedNeverConverted()
    {
        fake.Currency = "XYZ";
        fake.AddHour("111", new DateOnly(2025, 1, 2), 10, 5m);

        var batch = await Harness.Google(fake, time).GetMetricsAsync(Harness.Start.AddHours(-3), Harness.Start, Ct);

        Assert.Empty(batch.Samples);
        Assert.Contains("unknown currency 'XYZ'", Assert.Single(batch.Rejected).Reason, StringComparison.Ordinal);
    }
}
