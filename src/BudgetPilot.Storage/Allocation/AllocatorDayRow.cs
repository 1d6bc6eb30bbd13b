using BudgetPilot.Core.Allocation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetPilot.Storage.Allocation;

/// <summary>
/// One campaign-day of the allocator's memory. Doubles, not decimals: they are the allocator's own working
/// numbers, and must come back bit for bit so a restarted allocator decides exactly as before.
/// </summary>
internal sealed class AllocatorDayRow
{
    public required string WorkspaceId { get; set; }

    public required string CampaignId { get; set; }

    public DateOnly Date { get; set; }

    public double Spend { get; set; }

    public double Value { get; set; }

    public double Conversions { get; set; }

    // The value the day showed at ages 1..7; −1 where it was not seen at that age.
    public double ValueAge1 { get; set; }

    public double ValueAge2 { get; set; }

    public double ValueAge3 { get; set; }

    public double ValueAge4 { get; set; }

    public double ValueAge5 { get; set; }

    public double ValueAge6 { get; set; }

    public double ValueAge7 { get; set; }

    public bool Learned { get; set; }

    public static AllocatorDayRow From(string workspaceId, AllocatorDay d)
    {
        var row = new AllocatorDayRow { WorkspaceId = workspaceId, CampaignId = d.Campaign.ToString(), Date = d.Date };
        row.CopyFrom(d);
        return row;
    }

    public void CopyFrom(AllocatorDay d)
    {
        Spend = d.Spend;
        Value = d.Value;
        Conversions = d.Conversions;
        ValueAge1 = d.ValueAtAge[0];
        ValueAge2 = d.ValueAtAge[1];
        ValueAge3 = d.ValueAtAge[2];
        ValueAge4 = d.ValueAtAge[3];
        ValueAge5 = d.ValueAtAge[4];
        ValueAge6 = d.ValueAtAge[5];
        ValueAge7 = d.ValueAtAge[6];
        Learned = d.Learned;
    }

    /// <summary>The stored day; throws <see cref="FormatException"/> if the campaign id is not one.</summary>
    public AllocatorDay ToDay() => new(
        Core.Campaigns.CampaignId.Parse(CampaignId), Date, Spend, Value, Conversions,
        [ValueAge1, ValueAge2, ValueAge3, ValueAge4, ValueAge5, ValueAge6, ValueAge7], Learned);

    public static void Configure(EntityTypeBuilder<AllocatorDayRow> entity)
    {
        entity.ToTable("allocator_days");
        entity.HasKey(d => new { d.WorkspaceId, d.CampaignId, d.Date });
        entity.Property(d => d.WorkspaceId).HasMaxLength(64);
        entity.Property(d => d.CampaignId).HasMaxLength(160);

        // The window trim deletes by workspace and date.
        entity.HasIndex(d => new { d.WorkspaceId, d.Date }).HasDatabaseName("ix_allocator_days_workspace_date");
    }
}
