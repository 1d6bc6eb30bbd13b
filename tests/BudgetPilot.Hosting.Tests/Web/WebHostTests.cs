using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BudgetPilot.Hosting.Tests.Web;

public sealed class WebHostTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task Health_WithEmbeddedDefaults_Answers200WithTheWorkspace()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"workspace\": \"default\"", body);
    }

    [Fact]
    public async Task Home_Anonymous_GoesToTheSignInPageOfASimulatedMarket()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("BudgetPilot", html);
        Assert.Contains("Simulated market", html);
    }
}
