using BudgetPilot.Core.Campaigns;

namespace BudgetPilot.Core.Execution;

/// <summary>A platform that could not be reached or refused a call; the message says why in words a manager can read.</summary>
public sealed class PlatformException : Exception
{
    public PlatformException(Platform platform, string message, bool transient, Exception? inner = null)
        : base($"{platform.DisplayName()}: {message}", inner)
    {
        Platform = platform;
        Transient = transient;
    }

    public Platform Platform { get; }

    public bool Transient { get; }
}
