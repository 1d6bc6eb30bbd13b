using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetPilot.Storage.Allocation;

/// <summary>One workspace's allocator summary: the day it last decided and the learned conversion-lag sums (as text).</summary>
internal sealed class AllocatorStateRow
{
    public required string WorkspaceId { get; set; }

    public DateOnly? LastDecided { get; set; }

    public required string Maturity { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public static void Configure(EntityTypeBuilder<AllocatorStateRow> entity)
    {
        entity.ToTable("allocator_state");
        entity.HasKey(s => s.WorkspaceId);
        entity.Property(s => s.WorkspaceId).HasMaxLength(64);
        entity.Property(s => s.Maturity).HasMaxLength(4000);
    }
}
