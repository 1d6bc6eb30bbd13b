using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Execution;
using BudgetPilot.Platforms;
using BudgetPilot.Platforms.Csv;
using BudgetPilot.Platforms.Currency;
using BudgetPilot.Platforms.Google;
using BudgetPilot.Platforms.LinkedIn;
using BudgetPilot.Platforms.Meta;
using BudgetPilot.Platforms.TikTok;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetPilot.Hosting.Configuration;

/// <summary>
/// The enabled real platform sections as adapters. Each returns how to resolve its <see cref="IAdPlatform"/>,
/// so the composition root lists them beside the simulated market.
/// </summary>
internal static class RealPlatforms
{
    public static IReadOnlyList<Func<IServiceProvider, IAdPlatform>> Add(IServiceCollection services, BudgetPilotConfig config)
    {
        var added = new List<Func<IServiceProvider, IAdPlatform>>();
        foreach (var platform in Enum.GetValues<Platform>())
        {
            if (Enabled(config, platform) is { } section && section.Settings.TryGetValue("csv_folder", out var folder))
            {
                var zone = TimeZoneInfo.FindSystemTimeZoneById(section.Settings.GetValueOrDefault("time_zone", "UTC"));
                var import = (IServiceProvider sp) => new CsvImportPlatform(platform, folder, config.Workspace.Currency, Rates(section), zone,
                    section.Settings.GetValueOrDefault("currency"), sp.GetService<TimeProvider>() ?? TimeProvider.System);
                added.Add(import);
            }
        }

        if (Api(config, Platform.GoogleAds) is { } google)
        {
            services.AddGoogleAdsPlatform(new GoogleAdsOptions
            {
                BaseUrl = Slash(google.BaseUrl) ?? new Uri("https://googleads.googleapis.com/"),
                ApiVersion = google.ApiVersion ?? "v21",
                CustomerId = google.AdAccountId ?? "",
                LoginCustomerId = google.Settings.GetValueOrDefault("login_customer_id"),
                DeveloperToken = google.Settings.GetValueOrDefault("developer_token", ""),
                AccessToken = google.AccessToken ?? "",
                WorkspaceCurrency = config.Workspace.Currency,
                Rates = Rates(google),
            });
            added.Add(sp => sp.GetRequiredService<GoogleAdsPlatform>());
        }

        if (Api(config, Platform.MetaAds) is { } meta)
        {
            services.AddMetaPlatform(new MetaOptions
            {
                BaseUrl = Slash(meta.BaseUrl) ?? new Uri("https://graph.facebook.com/"),
                ApiVersion = meta.ApiVersion ?? "v25.0",
                AdAccountId = meta.AdAccountId ?? "",
                AccessToken = meta.AccessToken ?? "",
                WorkspaceCurrency = config.Workspace.Currency,
                Rates = Rates(meta),
                ConversionActionType = meta.Settings.GetValueOrDefault("conversion_action_type", "omni_purchase"),
            });
            added.Add(sp => sp.GetRequiredService<MetaPlatform>());
        }

        if (Api(config, Platform.TikTokAds) is { } tiktok)
        {
            services.AddTikTokPlatform(new TikTokOptions
            {
                BaseUrl = Slash(tiktok.BaseUrl) ?? new Uri("https://business-api.tiktok.com/open_api/"),
                ApiVersion = tiktok.ApiVersion ?? "v1.3",
                AdvertiserId = tiktok.AdAccountId ?? "",
                AccessToken = tiktok.AccessToken ?? "",
                WorkspaceCurrency = config.Workspace.Currency,
                AccountCurrency = tiktok.Settings.GetValueOrDefault("currency"),
                TimeZone = tiktok.Settings.GetValueOrDefault("time_zone"),
                Rates = Rates(tiktok),
            });
            added.Add(sp => sp.GetRequiredService<TikTokPlatform>());
        }

        if (Api(config, Platform.LinkedInAds) is { } linkedIn)
        {
            services.AddLinkedInPlatform(new LinkedInOptions
            {
                BaseUrl = Slash(linkedIn.BaseUrl) ?? new Uri("https://api.linkedin.com/rest/"),
                ApiVersion = linkedIn.ApiVersion ?? "202601",
                AdAccountId = linkedIn.AdAccountId ?? "",
                AccessToken = linkedIn.AccessToken ?? "",
                WorkspaceCurrency = config.Workspace.Currency,
                Rates = Rates(linkedIn),
            });
            added.Add(sp => sp.GetRequiredService<LinkedInPlatform>());
        }

        return added;
    }

    /// <summary>Inline <c>currency_rates: "EUR:USD=1.08; GBP:USD=1.27"</c> and/or a CSV file of from,to,rate.</summary>
    public static CurrencyRates Rates(string? inline, string? file)
    {
        var entries = new List<RateEntry>();
        foreach (var rates in new[] { inline is null ? null : CurrencyRates.ParseInline(inline), file is null ? null : CurrencyRates.ParseCsv(File.ReadAllText(file), $"currency_rates_file {Path.GetFileName(file)}") })
        {
            if (rates is not null)
            {
                entries.AddRange(rates.Entries);
            }
        }

        return new CurrencyRates(entries);
    }

    private static CurrencyRates Rates(PlatformSection section) =>
        Rates(section.Settings.GetValueOrDefault("currency_rates"), section.Settings.GetValueOrDefault("currency_rates_file"));

    // "https://api.linkedin.com/rest" must keep its last segment when paths are resolved against it.
    private static Uri? Slash(Uri? url) => url is null || url.AbsolutePath.EndsWith('/') ? url : new Uri(url + "/");

    private static PlatformSection? Enabled(BudgetPilotConfig config, Platform platform) =>
        config.Platforms.TryGetValue(platform.Key(), out var section) && section.Enabled ? section : null;

    /// <summary>An enabled section that talks to the API (not one imported from CSV exports).</summary>
    private static PlatformSection? Api(BudgetPilotConfig config, Platform platform) =>
        Enabled(config, platform) is { } section && !section.Settings.ContainsKey("csv_folder") ? section : null;
}
