using BudgetPilot.Storage.Alerts;
using BudgetPilot.Storage.Allocation;
using BudgetPilot.Storage.Approvals;
using BudgetPilot.Storage.Audit;
using BudgetPilot.Storage.Campaigns;
using BudgetPilot.Storage.Cycle;
using BudgetPilot.Storage.Metrics;
using BudgetPilot.Storage.Notifications;
using BudgetPilot.Storage.Sharing;
using Microsoft.EntityFrameworkCore;

namespace BudgetPilot.Storage.Database;

/// <summary>
/// The one model for every provider. Each provider has a subclass only so that it can own its
/// migrations (<see cref="SqliteBudgetPilotDbContext"/>, <see cref="PostgresBudgetPilotDbContext"/>).
/// </summary>
public abstract class BudgetPilotDbContext : DbContext
{
    protected BudgetPilotDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditRewrites();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditRewrites();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<TimeSpan>().HaveConversion<long>();
        configurationBuilder.Properties<decimal>().HavePrecision(20, 6);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        CampaignRow.Configure(modelBuilder.Entity<CampaignRow>());
        MetricSampleRow.Configure(modelBuilder.Entity<MetricSampleRow>());
        AlertRow.Configure(modelBuilder.Entity<AlertRow>());
        ApprovalRow.Configure(modelBuilder.Entity<ApprovalRow>());
        GracePauseRow.Configure(modelBuilder.Entity<GracePauseRow>());
        AuditEntryRow.Configure(modelBuilder.Entity<AuditEntryRow>());
        CycleRow.Configure(modelBuilder.Entity<CycleRow>());
        NotificationRow.Configure(modelBuilder.Entity<NotificationRow>());
        ShareRow.Configure(modelBuilder.Entity<ShareRow>());
        AllocatorStateRow.Configure(modelBuilder.Entity<AllocatorStateRow>());
        AllocatorDayRow.Configure(modelBuilder.Entity<AllocatorDayRow>());
        SnakeCaseNames.Apply(modelBuilder);
    }

    private void RefuseAuditRewrites()
    {
        if (ChangeTracker.Entries<AuditEntryRow>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit log is append-only: audit entries are never updated or deleted.");
        }
    }
}
