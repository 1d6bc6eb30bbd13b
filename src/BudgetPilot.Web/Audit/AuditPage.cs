namespace BudgetPilot.Web.Audit;

public sealed record AuditPage(int Page, int PageSize, int Total, IReadOnlyList<AuditView> Items);
