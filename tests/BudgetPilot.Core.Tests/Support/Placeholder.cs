namespace BudgetPilot.Core.Tests.Support;

internal static class Placeholder;
