namespace BudgetPilot.Reports.Reports;

/// <summary>Writes a report to a folder: report.html, its chart PNGs beside it, and report.pdf.</summary>
public static class ReportFiles
{
    public static async Task<string> WriteAsync(PerformanceReport report, string directory, string baseName, IPdfRenderer? pdf, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var charts = ReportCharts.Draw(report);
        foreach (var chart in charts)
        {
            await File.WriteAllBytesAsync(Path.Combine(directory, $"{baseName}-{chart.FileName}"), chart.Png, cancellationToken);
        }

        var html = Path.Combine(directory, $"{baseName}.html");
        await File.WriteAllTextAsync(html, ReportHtml.Render(report, charts, c => $"{baseName}-{c.FileName}"), cancellationToken);
        if (pdf is not null)
        {
            await pdf.RenderAsync(html, Path.Combine(directory, $"{baseName}.pdf"), cancellationToken);
        }

        return html;
    }
}
