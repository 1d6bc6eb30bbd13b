using BudgetPilot.Reports.Channels;
using MimeKit;

namespace BudgetPilot.Reports.Reports;

/// <summary>The report as an HTML email with its charts inline (content ids) and the PDF attached.</summary>
public static class ReportEmail
{
    /// <param name="period">The local dates covered, as the reader's calendar shows them; else the UTC dates of the period.</param>
    public static MimeMessage Compose(EmailChannel email, PerformanceReport report, byte[]? pdf, string? period = null)
    {
        var charts = ReportCharts.Draw(report);
        var body = new BodyBuilder { TextBody = $"{report.Title} for {report.WorkspaceName}: open the HTML part or the attached PDF." };
        foreach (var chart in charts)
        {
            var image = body.LinkedResources.Add(chart.FileName, chart.Png, new ContentType("image", "png"));
            image.ContentId = chart.FileName;
        }

        body.HtmlBody = ReportHtml.Render(report, charts, c => $"cid:{c.FileName}");
        if (pdf is not null)
        {
            body.Attachments.Add("report.pdf", pdf, new ContentType("application", "pdf"));
        }

        return email.Compose($"{report.Title} — {report.WorkspaceName}, {period ?? $"{report.From:yyyy-MM-dd} to {report.To.AddDays(-1):yyyy-MM-dd}"}", body);
    }
}
