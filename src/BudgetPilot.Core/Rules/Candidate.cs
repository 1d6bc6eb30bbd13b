using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Decisions;

namespace BudgetPilot.Core.Rules;

/// <summary>A rule that fired on a campaign, before it becomes a decision: the step and its evidence.</summary>
internal sealed record Candidate(CampaignAnalysis Analysis, ActionType Type, string Rule, decimal Step, double Confidence, string Reasoning);
