namespace BudgetPilot.Core.Execution;

/// <summary>A row of platform data refused at the edge (negative spend, NaN, unknown currency...), with why.</summary>
public sealed record RejectedRow(string Source, string Row, string Reason);
