using BudgetPilot.Core.Campaigns;
using BudgetPilot.Platforms.Google;
using BudgetPilot.Platforms.LinkedIn;
using BudgetPilot.Platforms.Meta;
using BudgetPilot.Platforms.Resilience;
using BudgetPilot.Platforms.TikTok;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BudgetPilot.Platforms;

/// <summary>Registers the real adapters: one named HttpClient with its own resilience pipeline (and breaker) per platform.</summary>
public static class PlatformServices
{
    public static IServiceCollection AddGoogleAdsPlatform(this IServiceCollection services, GoogleAdsOptions options)
    {
        services.AddHttpClient(GoogleAdsClient.HttpClientName).AddPlatformResilience(Platform.GoogleAds, options.Resilience, GoogleErrors.Classify);
        services.AddSingleton(sp => new GoogleAdsPlatform(
            new GoogleAdsClient(sp.GetRequiredService<IHttpClientFactory>(), options), options,
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            sp.GetService<ILogger<GoogleAdsPlatform>>() ?? NullLogger<GoogleAdsPlatform>.Instance));
        return services;
    }

    public static IServiceCollection AddMetaPlatform(this IServiceCollection services, MetaOptions options)
    {
        services.AddHttpClient(MetaClient.HttpClientName).AddPlatformResilience(Platform.MetaAds, options.Resilience, MetaErrors.Classify);
        services.AddSingleton(sp => new MetaPlatform(
            new MetaClient(sp.GetRequiredService<IHttpClientFactory>(), options), options,
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            sp.GetService<ILogger<MetaPlatform>>() ?? NullLogger<MetaPlatform>.Instance));
        return services;
    }

    public static IServiceCollection AddTikTokPlatform(this IServiceCollection services, TikTokOptions options)
    {
        services.AddHttpClient(TikTokClient.HttpClientName).AddPlatformResilience(Platform.TikTokAds, options.Resilience, TikTokErrors.Classify);
        services.AddSingleton(sp => new TikTokPlatform(
            new TikTokClient(sp.GetRequiredService<IHttpClientFactory>(), options), options,
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            sp.GetService<ILogger<TikTokPlatform>>() ?? NullLogger<TikTokPlatform>.Instance));
        return services;
    }

    public static IServiceCollection AddLinkedInPlatform(this IServiceCollection services, LinkedInOptions options)
    {
        services.AddHttpClient(LinkedInClient.HttpClientName).AddPlatformResilience(Platform.LinkedInAds, options.Resilience, LinkedInErrors.Classify);
        services.AddSingleton(sp => new LinkedInPlatform(
            new LinkedInClient(sp.GetRequiredService<IHttpClientFactory>(), options), options,
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            sp.GetService<ILogger<LinkedInPlatform>>() ?? NullLogger<LinkedInPlatform>.Instance));
        return services;
    }
}
