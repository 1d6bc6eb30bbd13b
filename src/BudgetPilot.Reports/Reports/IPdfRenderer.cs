namespace BudgetPilot.Reports.Reports;

/// <summary>Prints an HTML file (with its images beside it) to PDF.</summary>
public interface IPdfRenderer
{
    Task RenderAsync(string htmlPath, string pdfPath, CancellationToken cancellationToken);
}
