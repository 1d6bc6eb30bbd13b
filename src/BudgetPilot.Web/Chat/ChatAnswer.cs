namespace BudgetPilot.Web.Chat;

/// <summary>The answer in lines of plain text, and where it came from (audit log, metrics, help).</summary>
public sealed record ChatAnswer(string Question, IReadOnlyList<string> Lines, string Source);
