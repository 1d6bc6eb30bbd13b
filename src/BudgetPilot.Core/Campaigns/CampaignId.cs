namespace BudgetPilot.Core.Campaigns;

/// <summary>A campaign's identity: the platform it lives on and that platform's own id.</summary>
public readonly record struct CampaignId(Platform Platform, string Value) : IComparable<CampaignId>
{
    public override string ToString() => $"{Platform.Key()}:{Value}";

    public int CompareTo(CampaignId other)
    {
        var byPlatform = Platform.CompareTo(other.Platform);
        return byPlatform != 0 ? byPlatform : string.CompareOrdinal(Value, other.Value);
    }

    public static CampaignId Parse(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1)
        {
            throw new FormatException($"'{text}' is not a campaign id of the form platform:id (e.g. meta_ads:123).");
        }

        return new CampaignId(PlatformKeys.Parse(text[..colon]), text[(colon + 1)..]);
    }
}
