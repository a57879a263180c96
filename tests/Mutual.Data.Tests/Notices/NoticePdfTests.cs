using System.Diagnostics;
using Mutual.Data.Notices;
using Mutual.Domain.Members;
using Mutual.Domain.Societies;

namespace Mutual.Data.Tests.Notices;

public sealed class NoticePdfTests
{
    [Fact]
    public async Task Write_TwoMembers_AddressesEachOnTheirOwnFirstPage()
    {
        var bob = new NoticeRecipient(MemberId.New(), "Bob Marley", "4 Hill Rise\nOtley", "LS21 1AA", null);

        var pages = await PagesAsync(SampleNotice.For(SocietyId.New()), [SampleNotice.Ada(), bob]);

        Assert.Equal(2, pages.Count);
        Assert.StartsWith("Ada Lovelace\nFlat 2\n10 Park Lane\nLeeds\nLS2 9JT\n", pages[0], StringComparison.Ordinal);
        Assert.StartsWith("Bob Marley\n4 Hill Rise\nOtley\nLS21 1AA\n", pages[1], StringComparison.Ordinal);
        Assert.Contains("Dear Bob Marley,", pages[1], StringComparison.Ordinal);
        Assert.Contains("Resolution 2: Board size", pages[1], StringComparison.Ordinal);
        Assert.Contains("That rule 12 be amended so that the board has nine members.", pages[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_LongResolution_RunsOnToFurtherPagesBeforeTheNextMember()
    {
        var clauses = string.Join('\n', Enumerable.Range(1, 80).Select(i => $"Clause {i}: the society shall keep its records as the rules require."));
        var notice = SampleNotice.For(SocietyId.New()) with { Resolutions = [new("New rules", "Special resolution", clauses)] };
        var bob = new NoticeRecipient(MemberId.New(), "Bob Marley", "4 Hill Rise\nOtley", "LS21 1AA", null);

        var pages = await PagesAsync(notice, [SampleNotice.Ada(), bob]);

        var bobFirst = pages.FindIndex(p => p.StartsWith("Bob Marley", StringComparison.Ordinal));
        Assert.True(bobFirst >= 2, $"Bob's notice starts on page {bobFirst + 1}");
        Assert.Contains("Clause 80:", string.Concat(pages.Take(bobFirst)), StringComparison.Ordinal);
        Assert.Contains("By order of the board, Grace Hopper", pages[bobFirst - 1], StringComparison.Ordinal);
        Assert.Equal(2 * bobFirst, pages.Count);
    }

    // Read back with poppler's pdftotext (test.sh installs it): pages come separated by form feeds.
    private static async Task<List<string>> PagesAsync(MeetingNotice notice, IReadOnlyList<NoticeRecipient> recipients)
    {
        var file = Path.Combine(Path.GetTempPath(), $"notice-{Guid.NewGuid():N}.pdf");
        try
        {
            await using (var output = File.Create(file)) NoticePdf.Write(output, notice, recipients);
            using var process = Process.Start(new ProcessStartInfo("pdftotext", [file, "-"]) { RedirectStandardOutput = true })!;
            var text = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.Equal(0, process.ExitCode);
            return [.. text.Split('\f').Where(p => p.Trim().Length > 0)];
        }
        finally
        {
            File.Delete(file);
        }
    }
}
