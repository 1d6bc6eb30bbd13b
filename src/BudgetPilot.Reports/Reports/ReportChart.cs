namespace BudgetPilot.Reports.Reports;

/// <summary>One chart of a report as a PNG, with the file name (and email content id) it is referred to by.</summary>
public sealed record ReportChart(string FileName, string Caption, byte[] Png);
