using BudgetPilot.Reports.Notifications;

namespace BudgetPilot.Reports.Tests;

public sealed class QuietHoursTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Theory]
    [InlineData(20, 30, false)]
    [InlineData(21, 30, true)]
    [InlineData(5, 59, true)]
    [InlineData(6, 0, false)]
    public void Contains_WindowAcrossMidnightInWorkspaceZone(int utcHour, int minute, bool quiet)
    {
        var hours = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0), Berlin);

        Assert.Equal(quiet, hours.Contains(new DateTimeOffset(2026, 3, 2, utcHour, minute, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void NextOpen_InsideWindow_IsLocalEndInUtc()
    {
        var hours = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0), Berlin);

        Assert.Equal(new DateTimeOffset(2026, 3, 3, 6, 0, 0, TimeSpan.Zero), hours.NextOpen(new DateTimeOffset(2026, 3, 2, 22, 0, 0, TimeSpan.Zero)));
    }
}
