using System.Net;
using BudgetPilot.Web.Tests.Support;

namespace BudgetPilot.Web.Tests.Api;

public sealed class LoginRateLimitTests(LoginRateLimitTests.StrictApp app) : IClassFixture<LoginRateLimitTests.StrictApp>
{
    public sealed class StrictApp : WebTestApp
    {
        protected override int LoginAttemptsPerMinute => 5;
    }

    [Fact]
    public async Task Login_ManyWrongAttempts_Is429()
    {
        using var client = app.Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["user"] = "admin", ["password"] = "guess" + i });
            using var response = await client.PostAsync(new Uri("login", UriKind.Relative), form, TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}
