using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Storage.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetPilot.Storage.Cycle;

internal sealed class CycleRow
{
    public Guid Id { get; set; }

    public required string WorkspaceId { get; set; }

    public DateTimeOffset At { get; set; }

    public TimeSpan Duration { get; set; }

    public bool HourMark { get; set; }

    public string? ReportJson { get; set; }

    public required string CountsJson { get; set; }

    public required string ErrorsJson { get; set; }

    public static CycleRow From(CycleRecord record) => new()
    {
        Id = record.Id,
        WorkspaceId = record.WorkspaceId,
        At = record.At,
        Duration = record.Duration,
        HourMark = record.HourMark,
        ReportJson = record.Report is null ? null : JsonColumn.Write(record.Report),
        CountsJson = JsonColumn.Write(record.Counts),
        ErrorsJson = JsonColumn.Write(record.Errors),
    };

    public CycleRecord ToRecord() => new(
        Id,
        WorkspaceId,
        At,
        Duration,
        HourMark,
        ReportJson is null ? null : JsonColumn.Read<DecisionReport>(ReportJson),
        JsonColumn.Read<CycleCounts>(CountsJson),
        JsonColumn.Read<string[]>(ErrorsJson));

    public static void Configure(EntityTypeBuilder<CycleRow> entity)
    {
        entity.ToTable("cycles");
        entity.HasKey(c => c.Id);
        entity.Property(c => c.Id).ValueGeneratedNever();
        entity.Property(c => c.WorkspaceId).HasMaxLength(64);
        entity.HasIndex(c => new { c.WorkspaceId, c.At });
    }
}
