using BudgetPilot.Core.Decisions;

namespace BudgetPilot.Core.Cycle;

/// <summary>What one cycle saw, proposed and did: the "why" behind every action, kept for the dashboard and chat.</summary>
public sealed record CycleRecord(
    Guid Id,
    string WorkspaceId,
    DateTimeOffset At,
    TimeSpan Duration,
    bool HourMark,
    DecisionReport? Report,
    CycleCounts Counts,
    IReadOnlyList<string> Errors);
