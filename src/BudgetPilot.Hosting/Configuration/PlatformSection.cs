namespace BudgetPilot.Hosting.Configuration;

/// <summary>
/// One entry under <c>platforms</c>. The common keys are typed; anything else a platform adapter needs
/// (e.g. <c>developer_token</c>, or the simulator's <c>seed</c> and <c>campaigns</c>) is kept as text in <see cref="Settings"/>.
/// </summary>
public sealed record PlatformSection(string Key, bool Enabled)
{
    public const string SimulatedKey = "simulated";

    public Uri? BaseUrl { get; init; }

    public string? ApiVersion { get; init; }

    public string? AccessToken { get; init; }

    public string? AdAccountId { get; init; }

    /// <summary>Platform-specific keys, values after <c>${ENV}</c> substitution.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    public int? GetInt(string key) => Settings.TryGetValue(key, out var text) && int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

    // Tokens must never reach a log line through a record's ToString.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append($"Key = {Key}, Enabled = {Enabled}, BaseUrl = {BaseUrl}, ApiVersion = {ApiVersion}, ");
        builder.Append($"AccessToken = {(AccessToken is null ? "(none)" : "***")}, AdAccountId = {AdAccountId}, Settings = [{string.Join(", ", Settings.Keys)}]");
        return true;
    }
}
