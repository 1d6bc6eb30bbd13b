using BudgetPilot.Hosting.Configuration;
using BudgetPilot.Hosting.Scheduling;
using BudgetPilot.Hosting.Tests.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace BudgetPilot.Hosting.Tests.Scheduling;

public sealed class CycleSchedulerTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 10, 8, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider time = new(Start);

    private (CycleScheduler Scheduler, CycleStatus Status) Build(FakeCycleRunner runner, Func<SchedulerOptions, SchedulerOptions>? tune = null)
    {
        var config = Yaml.Parse(BudgetPilotConfigFile.EmbeddedDefaults());
        config = config with { Scheduler = tune?.Invoke(config.Scheduler) ?? config.Scheduler };
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(time)
            .AddBudgetPilot(config, b => b.UseCycleRunner(_ => runner))
            .AddCycleScheduler()
            .BuildServiceProvider();
        var scheduler = services.GetServices<IHostedService>().OfType<CycleScheduler>().Single();
        return (scheduler, services.GetRequiredService<CycleStatus>());
    }

    [Fact]
    public async Task Start_RunsAtOnceThenEveryFifteenSimulatedMinutes()
    {
        var runner = new FakeCycleRunner();
        var (scheduler, _) = Build(runner);

        await scheduler.StartAsync(TestContext.Current.CancellationToken);
        await runner.NextAsync();
        for (var i = 0; i < 3; i++)
        {
            time.Advance(TimeSpan.FromMinutes(14));
            time.Advance(TimeSpan.FromMinutes(1));
            await runner.NextAsync();
        }

        await scheduler.StopAsync(TestContext.Current.CancellationToken);
        Assert.Equal([Start, Start.AddMinutes(15), Start.AddMinutes(30), Start.AddMinutes(45)], runner.Instants);
    }

    [Fact]
    public async Task Cycle_Throws_NextCycleStillRuns()
    {
        var runner = new FakeCycleRunner { Throws = call => call == 1 };
        var (scheduler, status) = Build(runner);

        await scheduler.StartAsync(TestContext.Current.CancellationToken);
        await runner.NextAsync();
        time.Advance(TimeSpan.FromMinutes(15));
        await runner.NextAsync();

        // The second cycle has started, so the first one's failure is already recorded.
        Assert.Equal(1, status.Current.ConsecutiveFailures);
        Assert.Contains("cycle 1 broke", status.Current.LastError);
        time.Advance(TimeSpan.FromMinutes(15));
        await runner.NextAsync();
        Assert.Equal(0, status.Current.ConsecutiveFailures);
        await scheduler.StopAsync(TestContext.Current.CancellationToken);
        Assert.Equal(3, runner.Instants.Count);
    }

    [Fact]
    public async Task Stop_EndsTheLoopCleanlyAndNoCycleFollows()
    {
        var runner = new FakeCycleRunner();
        var (scheduler, _) = Build(runner);

        await scheduler.StartAsync(TestContext.Current.CancellationToken);
        await runner.NextAsync();
        await scheduler.StopAsync(TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromHours(1));

        Assert.True(scheduler.ExecuteTask!.IsCompletedSuccessfully);
        Assert.Equal(0, runner.Pending);
        Assert.Single(runner.Instants);
    }

    [Fact]
    public async Task Stop_DuringACycle_CancelsItWithoutRecordingAFailure()
    {
        var runner = new FakeCycleRunner { Hangs = _ => true };
        var (scheduler, status) = Build(runner);

        await scheduler.StartAsync(TestContext.Current.CancellationToken);
        await runner.NextAsync();
        await scheduler.StopAsync(TestContext.Current.CancellationToken);

        Assert.True(scheduler.ExecuteTask!.IsCompletedSuccessfully);
        Assert.Equal(0, status.Current.ConsecutiveFailures);
    }

    [Fact]
    public async Task Cycle_RunsPastItsTimeout_IsCancelledAndTheNextRuns()
    {
        var runner = new FakeCycleRunner { Hangs = call => call == 1 };
        var (scheduler, status) = Build(runner, o => o with { CycleTimeout = TimeSpan.FromMinutes(12) });

        await scheduler.StartAsync(TestContext.Current.CancellationToken);
        await runner.NextAsync();
        time.Advance(TimeSpan.FromMinutes(12));
        time.Advance(TimeSpan.FromMinutes(3));
        await runner.NextAsync();

        Assert.Contains("timed out", status.Current.LastError);
        await scheduler.StopAsync(TestContext.Current.CancellationToken);
        Assert.Equal([Start, Start.AddMinutes(15)], runner.Instants);
    }

    [Fact]
    public async Task Disabled_RunsNoCycle()
    {
        var runner = new FakeCycleRunner();
        var (scheduler, _) = Build(runner, o => o with { Enabled = false });

        await scheduler.StartAsync(TestContext.Current.CancellationToken);
        await scheduler.ExecuteTask!;
        time.Advance(TimeSpan.FromHours(1));

        Assert.Empty(runner.Instants);
    }
}
