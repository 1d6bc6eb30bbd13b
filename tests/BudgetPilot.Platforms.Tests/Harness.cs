using BudgetPilot.Platforms.Currency;
using BudgetPilot.Platforms.Google;
using BudgetPilot.Platforms.LinkedIn;
using BudgetPilot.Platforms.Meta;
using BudgetPilot.Platforms.Resilience;
using BudgetPilot.Platforms.Tests.Fakes;
using BudgetPilot.Platforms.TikTok;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BudgetPilot.Platforms.Tests;

/// <summary>Adapters wired exactly as in production, pointed at a fake, on a fake clock.</summary>
internal static class Harness
{
    public static readonly DateTimeOffset Start = new(2025, 1, 2, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Long attempt timeouts and a breaker that never opens, so only the scripted faults matter.</summary>
    public static ResilienceSettings Settings(int maxRetries = 3) => new()
    {
        MaxRetries = maxRetries,
        BaseDelay = TimeSpan.FromSeconds(1),
        AttemptTimeout = TimeSpan.FromMinutes(10),
        TotalTimeout = TimeSpan.FromHours(2),
        BreakerMinimumThroughput = 10_000,
    };

    public static GoogleAdsPlatform Google(FakeGoogleAds fake, FakeTimeProvider time, ResilienceSettings? settings = null, CurrencyRates? rates = null, string version = "v21")
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddGoogleAdsPlatform(new GoogleAdsOptions
        {
            BaseUrl = fake.BaseUrl,
            ApiVersion = version,
            CustomerId = "123-456-7890",
            DeveloperToken = "dev-token",
            AccessToken = "oauth-token",
            WorkspaceCurrency = "USD",
            Rates = rates ?? CurrencyRates.None,
            Resilience = settings ?? Settings(),
        });
        return services.BuildServiceProvider().GetRequiredService<GoogleAdsPlatform>();
    }

    public static MetaPlatform Meta(FakeMeta fake, FakeTimeProvider time, ResilienceSettings? settings = null, CurrencyRates? rates = null, string token = FakeMeta.Token)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddMetaPlatform(new MetaOptions
        {
            BaseUrl = fake.BaseUrl,
            AdAccountId = "123",
            AccessToken = token,
            WorkspaceCurrency = "USD",
            Rates = rates ?? CurrencyRates.None,
            Resilience = settings ?? Settings(),
        });
        return services.BuildServiceProvider().GetRequiredService<MetaPlatform>();
    }

    public static TikTokPlatform TikTok(FakeTikTok fake, FakeTimeProvider time, string token = FakeTikTok.Token, TikTokOptions? overrides = null, CurrencyRates? rates = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddTikTokPlatform(new TikTokOptions
        {
            BaseUrl = fake.BaseUrl,
            AdvertiserId = overrides?.AdvertiserId ?? FakeTikTok.Advertiser,
            AccessToken = token,
            WorkspaceCurrency = "USD",
            AccountCurrency = overrides?.AccountCurrency,
            TimeZone = overrides?.TimeZone,
            Rates = rates ?? CurrencyRates.None,
            Resilience = Settings(),
        });
        return services.BuildServiceProvider().GetRequiredService<TikTokPlatform>();
    }

    public static LinkedInPlatform LinkedIn(FakeLinkedIn fake, FakeTimeProvider time)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddLinkedInPlatform(new LinkedInOptions
        {
            BaseUrl = new Uri(fake.BaseUrl, "rest/"),
            AdAccountId = FakeLinkedIn.Account,
            AccessToken = FakeLinkedIn.Token,
            WorkspaceCurrency = "USD",
            Resilience = Settings(),
        });
        return services.BuildServiceProvider().GetRequiredService<LinkedInPlatform>();
    }

    /// <summary>
    /// Moves the fake clock while the call waits, never sleeping: to the earliest pending backoff or hinted delay as soon
    /// as one is set, and to a timeout only while the fake holds a request it will never answer. Every move is caused by a
    /// signal (a timer set, a request hung), so a timeout can never fire under a request that is still being answered.
    /// </summary>
    public static async Task<T> DriveAsync<T>(Task<T> task, DrivenClock time, FakeApi fake)
    {
        fake.Hung += time.Poke;
        try
        {
            while (!task.IsCompleted)
            {
                var changed = time.ChangedAsync();
                // Each hung request is owed exactly one timeout: the next attempt's deadline must not fire under it too.
                if (time.Next(withDeadlines: fake.TimeoutsOwed > 0) is { } next && next.Due > time.GetUtcNow())
                {
                    if (next.IsDeadline)
                    {
                        fake.TimeoutGiven();
                    }

                    time.Advance(next.Due - time.GetUtcNow());
                    continue;
                }

                await Task.WhenAny(task, changed);
            }
        }
        finally
        {
            fake.Hung -= time.Poke;
        }

        return await task;
    }

    public static async Task DriveAsync(Task task, DrivenClock time, FakeApi fake) =>
        await DriveAsync(task.ContinueWith(t => { t.GetAwaiter().GetResult(); return 0; }, TaskScheduler.Default), time, fake);
}
