namespace BudgetPilot.Web.Chat;

/// <summary>Who is asking: commands are proposals, but only someone who may approve may make them.</summary>
public sealed record ChatUser(string Name, bool MayCommand);
