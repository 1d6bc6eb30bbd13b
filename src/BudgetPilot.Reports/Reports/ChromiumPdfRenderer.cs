using System.Diagnostics;

namespace BudgetPilot.Reports.Reports;

/// <summary>Headless Chromium's print-to-PDF: the browser already on the machine, no bundled engine.</summary>
public sealed class ChromiumPdfRenderer(string executable = "/usr/bin/chromium") : IPdfRenderer
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    public async Task RenderAsync(string htmlPath, string pdfPath, CancellationToken cancellationToken)
    {
        if (!File.Exists(executable))
        {
            throw new FileNotFoundException($"Chromium was not found at '{executable}'; install it or configure reports.chromium.", executable);
        }

        // A fresh profile per run: two renders at once must not fight over one profile lock.
        var profile = Directory.CreateTempSubdirectory("bp-pdf-");
        try
        {
            var start = new ProcessStartInfo(executable)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                ArgumentList =
                {
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-pdf-header-footer",
                    $"--user-data-dir={profile.FullName}", $"--print-to-pdf={Path.GetFullPath(pdfPath)}", new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri,
                },
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start '{executable}'.");
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"Chromium did not print '{htmlPath}' within {Timeout.TotalSeconds:0} s.");
            }

            if (process.ExitCode != 0 || !File.Exists(pdfPath) || new FileInfo(pdfPath).Length == 0)
            {
                throw new InvalidOperationException($"Chromium failed to print '{htmlPath}' (exit {process.ExitCode}): {(await stderr).Trim()}");
            }
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
