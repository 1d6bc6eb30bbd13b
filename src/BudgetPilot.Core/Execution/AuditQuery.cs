namespace BudgetPilot.Core.Execution;

/// <summary>
/// Which audit entries to page through: those at or after <see cref="From"/> and before <see cref="To"/>, of
/// <see cref="Kind"/> when set, about the campaign <see cref="CampaignId"/> exactly when set, and whose campaign
/// id is <see cref="CampaignText"/> or whose campaign name contains it (any case) when set.
/// </summary>
public sealed record AuditQuery(string WorkspaceId, DateTimeOffset From, DateTimeOffset To)
{
    public AuditKind? Kind { get; init; }

    public string? CampaignId { get; init; }

    public string? CampaignText { get; init; }

    public bool Matches(AuditEntry e) =>
        e.At >= From && e.At < To
        && (Kind is null || e.Kind == Kind)
        && (CampaignId is null || e.Campaign?.ToString() == CampaignId)
        && (string.IsNullOrEmpty(CampaignText) || e.Campaign?.ToString() == CampaignText
            || (e.CampaignName?.Contains(CampaignText, StringComparison.OrdinalIgnoreCase) ?? false));
}

/// <summary>One page of matching entries, newest first (by time, then by sequence), and how many match in all.</summary>
public sealed record AuditSlice(IReadOnlyList<AuditEntry> Items, int Total);
