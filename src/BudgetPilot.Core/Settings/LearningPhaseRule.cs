namespace BudgetPilot.Core.Settings;

/// <summary>
/// A platform whose delivery re-enters a learning phase after a large budget edit (Meta): budget changes are
/// made in steps of at most <see cref="MaxStepFraction"/>, at least <see cref="MinInterval"/> apart.
/// </summary>
public sealed record LearningPhaseRule(decimal MaxStepFraction, TimeSpan MinInterval);
