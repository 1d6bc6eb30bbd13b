namespace BudgetPilot.Platforms.Resilience;

/// <summary>A platform's reading of one reply: null when the reply is a success, else what it means for a retry.</summary>
public delegate RetryHint? ReplyClassifier(HttpResponseMessage response, string body);
