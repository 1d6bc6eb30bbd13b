using BudgetPilot.Core.Execution;

namespace BudgetPilot.Simulation.Runs;

/// <summary>A finished simulation: its summary, the full audit log it was judged from, and the market it ran on.</summary>
public sealed record SimulationOutcome(SimulationSummary Summary, IReadOnlyList<AuditEntry> Audit, SimulatedMarket Market);
