namespace BudgetPilot.Web.Chat;

public sealed record ChatQuestion(string Question);
