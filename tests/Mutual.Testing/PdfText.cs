using System.Diagnostics;

namespace Mutual.Testing;

/// <summary>
/// The text of a PDF as poppler's <c>pdftotext</c> reads it (test.sh installs poppler-utils): an
/// independent reader, so a test checks what a person opening the file would see.
/// </summary>
public static class PdfText
{
    public static async Task<string> ReadAsync(byte[] pdf, CancellationToken cancellationToken)
    {
        var file = Path.Combine(Path.GetTempPath(), $"mutual-test-{Guid.NewGuid():N}.pdf");
        try
        {
            await File.WriteAllBytesAsync(file, pdf, cancellationToken);
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", file, "-"]) { RedirectStandardOutput = true })!;
            var text = await process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            return process.ExitCode == 0 ? text : throw new InvalidOperationException($"pdftotext exited with {process.ExitCode}");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
