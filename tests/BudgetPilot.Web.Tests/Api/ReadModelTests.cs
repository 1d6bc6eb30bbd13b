using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BudgetPilot.Web.Reading;
using BudgetPilot.Web.Tests.Support;

namespace BudgetPilot.Web.Tests.Api;

/// <summary>Lists come a page at a time with the number that match in X-Total-Count, filtered on the server.</summary>
public sealed class ReadModelTests(WebTestApp app) : IClassFixture<WebTestApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(List<JsonElement> Items, int Total)> PageAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var total = int.Parse(response.Headers.GetValues(Paging.TotalHeader).Single(), CultureInfo.InvariantCulture);
        var items = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).EnumerateArray().ToList();
        return (items, total);
    }

    [Fact]
    public async Task Alerts_PagedAndBySeverity_CountAllAndReturnOnlyThePage()
    {
        using var client = await app.LoginAsync("viewer");
        var (all, total) = await PageAsync(client, "api/v1/alerts");
        Assert.Equal(all.Count, total);
        Assert.True(total >= 2);

        var (second, again) = await PageAsync(client, "api/v1/alerts?pageSize=1&page=2");
        Assert.Equal(total, again);
        Assert.Equal(all[1].GetProperty("id").GetGuid(), Assert.Single(second).GetProperty("id").GetGuid());

        var (medium, mediumTotal) = await PageAsync(client, "api/v1/alerts?severity=medium");
        Assert.Equal(all.Count(a => a.GetProperty("severity").GetString() == "Medium"), mediumTotal);
        Assert.All(medium, a => Assert.Equal("Medium", a.GetProperty("severity").GetString()));

        var (summer, _) = await PageAsync(client, $"api/v1/alerts?campaign={Uri.EscapeDataString(DemoState.Summer.ToString())}");
        Assert.All(summer, a => Assert.Equal(DemoState.Summer.ToString(), a.GetProperty("campaign").GetString()));
        Assert.NotEmpty(summer);

        var (beyond, _) = await PageAsync(client, "api/v1/alerts?page=99");
        Assert.Empty(beyond);

        using var bad = await client.GetAsync(new Uri("api/v1/alerts?severity=urgent", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("severity", await bad.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Campaigns_SearchPlatformSortAndPage_FilterOnTheServer()
    {
        using var client = await app.LoginAsync("viewer");
        var (all, total) = await PageAsync(client, "api/v1/campaigns");
        Assert.Equal(DemoState.Campaigns.Count, total);
        Assert.Equal(all.Select(c => c.GetProperty("name").GetString()).Order(StringComparer.Ordinal), all.Select(c => c.GetProperty("name").GetString()));

        var (meta, metaTotal) = await PageAsync(client, "api/v1/campaigns?platform=meta");
        Assert.Equal(DemoState.Campaigns.Count(c => c.Id.Platform == Core.Campaigns.Platform.MetaAds), metaTotal);
        Assert.All(meta, c => Assert.Equal("Meta", c.GetProperty("platform").GetString()));

        var (search, _) = await PageAsync(client, "api/v1/campaigns?search=brand");
        Assert.Equal("Google – Brand Search", Assert.Single(search).GetProperty("name").GetString());

        var (byRoas, _) = await PageAsync(client, "api/v1/campaigns?sort=roas&status=active");
        var roas = byRoas.Select(c => c.GetProperty("roas7d").GetDecimal()).ToList();
        Assert.Equal(roas.OrderDescending(), roas);
        Assert.All(byRoas, c => Assert.Equal("Active", c.GetProperty("status").GetString()));

        var (page2, pagedTotal) = await PageAsync(client, "api/v1/campaigns?pageSize=2&page=2");
        Assert.Equal(total, pagedTotal);
        Assert.Equal(all.Skip(2).Take(2).Select(c => c.GetProperty("id").GetString()), page2.Select(c => c.GetProperty("id").GetString()));

        var brand = Assert.Single(search);
        Assert.True(brand.GetProperty("spendToday").GetDecimal() > 0m);
        Assert.Equal(4.8m, brand.GetProperty("roasYesterday").GetDecimal());

        using var bad = await client.GetAsync(new Uri("api/v1/campaigns?sort=colour", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
