using System.Net;
using System.Net.Http.Headers;
using BudgetPilot.Platforms.Currency;
using BudgetPilot.Platforms.Google;
using BudgetPilot.Platforms.Meta;
using BudgetPilot.Platforms.Resilience;

namespace BudgetPilot.Platforms.Tests.Resilience;

/// <summary>Each platform's retry hint read from its own signal.</summary>
public sealed class RetryHintTests
{
    [Theory]
    [InlineData("30s", 30)]
    [InlineData("40591s", 40591)]
    [InlineData("1.5s", 1.5)]
    public void GoogleDuration_ProtobufText_IsSeconds(string text, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), GoogleErrors.ParseDuration(text));

    [Fact]
    public void Google_ArrayWrappedQuotaError_IsAThrottleWithItsDelay()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        var hint = GoogleErrors.Classify(response, """[{"error":{"code":429,"status":"RESOURCE_EXHAUSTED","details":[{"errors":[{"errorCode":{"quotaError":"RESOURCE_EXHAUSTED"},"message":"Too many requests.","details":{"quotaErrorDetails":{"retryDelay":"40s"}}}]}]}}]""");

        Assert.Equal(RetryHint.Throttled(TimeSpan.FromSeconds(40), hint!.Reason), hint);
        Assert.Contains("Too many requests", hint.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Google_Http200WithAnErrorInTheStream_IsNotASuccess()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK);

        var hint = GoogleErrors.Classify(response, """[{"results":[]},{"error":{"code":500,"status":"INTERNAL","message":"Internal error encountered."}}]""");

        Assert.NotNull(hint);
        Assert.True(hint.Transient);
    }

    [Fact]
    public void Meta_BucHeader_GivesTheLongestWaitInMinutes()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.BadRequest);
        response.Headers.Add("X-Business-Use-Case-Usage", """{"1":[{"type":"ads_insights","estimated_time_to_regain_access":0}],"2":[{"type":"ads_management","estimated_time_to_regain_access":7}]}""");

        var hint = MetaErrors.Classify(response, """{"error":{"message":"(#17) User request limit reached","type":"OAuthException","code":17,"error_subcode":2446079}}""");

        Assert.Equal(TimeSpan.FromMinutes(7), hint!.Delay);
        Assert.True(hint.Refused);
    }

    [Fact]
    public void Meta_BadParameter_IsPermanent()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.BadRequest);

        var hint = MetaErrors.Classify(response, """{"error":{"message":"Invalid parameter","code":100}}""");

        Assert.False(hint!.Transient);
    }

    [Fact]
    public void RetryAfter_DateForm_IsMeasuredAgainstTheReplysDate()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        var sent = new DateTimeOffset(2025, 1, 2, 12, 0, 0, TimeSpan.Zero);
        response.Headers.Date = sent;
        response.Headers.RetryAfter = new RetryConditionHeaderValue(sent.AddSeconds(90));

        Assert.Equal(TimeSpan.FromSeconds(90), PlatformResilience.RetryAfter(response));
    }

    [Fact]
    public void Rates_CsvWithHeader_AreUsedBothWays()
    {
        var rates = CurrencyRates.ParseCsv("from,to,rate\nEUR,USD,1.25\n");

        Assert.True(rates.TryGet("USD", "EUR", out var back));
        Assert.Equal(0.8m, back);
        Assert.Throws<FormatException>(() => CurrencyRates.ParseCsv("from,to,rate\nEUR;USD;1.25\n"));
    }
}
