using BudgetPilot.Core.Settings;

namespace BudgetPilot.Web.Settings;

public sealed record SettingsChange(WorkspaceSettings Settings, IReadOnlyList<string> Changes);
