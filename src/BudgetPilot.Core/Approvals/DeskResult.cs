namespace BudgetPilot.Core.Approvals;

/// <summary>The answer to a manager's command: whether it took effect and, in words, what happened.</summary>
public sealed record DeskResult(bool Ok, string Message)
{
    public static DeskResult Fail(string message) => new(false, message);

    public static DeskResult Done(string message) => new(true, message);
}
