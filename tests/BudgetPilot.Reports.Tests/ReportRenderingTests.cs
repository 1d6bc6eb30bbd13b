using System.Diagnostics;
using BudgetPilot.Reports.Channels;
using BudgetPilot.Reports.Reports;
using BudgetPilot.Reports.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;
using netDumbster.smtp;
using SkiaSharp;

namespace BudgetPilot.Reports.Tests;

public sealed class ReportRenderingTests(SimulatedWeek week) : IClassFixture<SimulatedWeek>
{
    private Task<PerformanceReport> WeeklyAsync() =>
        new ReportBuilder(Core.Cycle.Stores.Of(week.Store), week.Workspace, new ReportOptions(), new FakeTimeProvider(SimulatedWeek.Start.AddDays(14)))
            .WeeklyAsync(DateOnly.FromDateTime(SimulatedWeek.Start.AddDays(14).UtcDateTime), TestContext.Current.CancellationToken);

    [Fact]
    public async Task WriteAsync_PdfConvertedToPng_IsNotBlank()
    {
        var ct = TestContext.Current.CancellationToken;
        var dir = Directory.CreateTempSubdirectory("bp-report-test-");
        try
        {
            var report = await WeeklyAsync();

            var html = await ReportFiles.WriteAsync(report, dir.FullName, "weekly", new ChromiumPdfRenderer(), ct);

            var pdf = Path.Combine(dir.FullName, "weekly.pdf");
            Assert.StartsWith("%PDF", await File.ReadAllTextAsync(pdf, ct), StringComparison.Ordinal);
            var png = await PdfToPngAsync(pdf, Path.Combine(dir.FullName, "page"), ct);
            using var bitmap = SKBitmap.Decode(png);
            var inked = 0;
            for (var y = 0; y < bitmap.Height; y += 2)
            {
                for (var x = 0; x < bitmap.Width; x += 2)
                {
                    var p = bitmap.GetPixel(x, y);
                    inked += p.Red + p.Green + p.Blue < 600 ? 1 : 0;
                }
            }

            var fraction = inked / (bitmap.Width * bitmap.Height / 4.0);
            Assert.True(fraction > 0.01, $"the first page is {fraction:P2} ink: blank");
            var text = await File.ReadAllTextAsync(html, ct);
            Assert.Contains(report.Current.Spend.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(dir.FullName, "weekly-money.png")));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Html_IsReadOnly_NoFormsButtonsOrScripts()
    {
        var report = await WeeklyAsync();

        var html = ReportHtml.Render(report, ReportCharts.Draw(report), c => c.FileName);

        Assert.DoesNotContain("<form", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<button", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<input", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Time saved", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Email_RealSmtpServer_ReceivesHtmlWithInlineChartsAndPdf()
    {
        var report = await WeeklyAsync();
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var smtp = SimpleSmtpServer.Start(port);
        var email = new EmailChannel(new EmailOptions("127.0.0.1", port, "bot@budgetpilot.test", ["cfo@shop.test"]) { UseTls = false });

        await email.SendAsync(ReportEmail.Compose(email, report, [0x25, 0x50, 0x44, 0x46]), TestContext.Current.CancellationToken);

        var mail = Assert.Single(smtp.ReceivedEmail);
        Assert.StartsWith("Weekly performance report", mail.Subject, StringComparison.Ordinal);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(mail.Data));
        var parsed = await MimeKit.MimeMessage.LoadAsync(stream, TestContext.Current.CancellationToken);
        Assert.Contains("cid:money.png", parsed.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(parsed.BodyParts, p => p.ContentId == "money.png" && p.ContentType.MimeType == "image/png");
        Assert.Contains(parsed.Attachments, a => a.ContentDisposition?.FileName == "report.pdf");
    }

    private static async Task<string> PdfToPngAsync(string pdf, string prefix, CancellationToken ct)
    {
        var start = new ProcessStartInfo("pdftoppm") { ArgumentList = { "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, prefix } };
        using var process = Process.Start(start)!;
        await process.WaitForExitAsync(ct);
        Assert.Equal(0, process.ExitCode);
        return prefix + ".png";
    }
}
