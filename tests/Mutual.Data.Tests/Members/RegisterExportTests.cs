using System.Diagnostics;
using System.Text;
using Mutual.Data.Members;
using Mutual.Domain.Members;

namespace Mutual.Data.Tests.Members;

public sealed class RegisterExportTests
{
    [Theory, Testing.Databases.DatabaseProviders]
    public async Task WriteCsvAsync_Full_ListsAdmittedMembersInNumberOrderWithContactDetails(DatabaseProvider provider)
    {
        await using var services = await SeededAsync(provider);
        var society = (await services.Fresh<Data.Societies.SocietyDirectory>().FindAsync("riverside", DataServices.Cancel))!;
        using var output = new MemoryStream();

        var count = await services.Get<RegisterExport>().WriteCsvAsync(society.Id, output, RegisterView.Full, DataServices.Cancel);

        Assert.Equal(2, count);
        Assert.Equal(
            "membership_number,given_names,family_name,postal_address,postcode,email,phone,classes,admitted_on,ceased_on,cessation_reason\n" +
            "1,Ada,Lovelace,\"1 High Street, Town\",AB1 2CD,ada@example.org,,member,2025-02-03,2025-06-30,Withdrawal\n" +
            "2,Alan,Turing,\"1 High Street, Town\",AB1 2CD,alan@example.org,,member,2025-02-03,,\n",
            Encoding.UTF8.GetString(output.ToArray()));
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task WriteCsvAsync_Inspection_LeavesOutElectronicAddresses(DatabaseProvider provider)
    {
        await using var services = await SeededAsync(provider);
        var society = (await services.Fresh<Data.Societies.SocietyDirectory>().FindAsync("riverside", DataServices.Cancel))!;
        using var output = new MemoryStream();

        await services.Get<RegisterExport>().WriteCsvAsync(society.Id, output, RegisterView.Inspection, DataServices.Cancel);

        var text = Encoding.UTF8.GetString(output.ToArray());
        Assert.StartsWith("membership_number,given_names,family_name,postal_address,postcode,classes,admitted_on,ceased_on,cessation_reason\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("@example.org", text, StringComparison.Ordinal);
        Assert.Contains("2,Alan,Turing,\"1 High Street, Town\",AB1 2CD,member,2025-02-03,,", text, StringComparison.Ordinal);
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task WritePdfAsync_Full_IsAPdfNamingEveryMember(DatabaseProvider provider)
    {
        await using var services = await SeededAsync(provider);
        var society = (await services.Fresh<Data.Societies.SocietyDirectory>().FindAsync("riverside", DataServices.Cancel))!;
        var file = Path.Combine(Path.GetTempPath(), $"register-{Guid.NewGuid():N}.pdf");
        try
        {
            await using (var output = File.Create(file))
                await services.Get<RegisterExport>().WritePdfAsync(society.Id, society.Name, output, RegisterView.Full, DataServices.Cancel);

            Assert.Equal("%PDF-"u8.ToArray(), File.ReadAllBytes(file)[..5]);
            var text = await PdfText(file);
            Assert.Contains("Register of members: Riverside Co-operative Limited", text, StringComparison.Ordinal);
            Assert.Contains("Ada Lovelace", text, StringComparison.Ordinal);
            Assert.Contains("Alan Turing", text, StringComparison.Ordinal);
            Assert.Contains("2025-06-30", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task WriteMemberPdfAsync_OneMember_IsAPdfOfThatEntryAndItsHistoryOnly(DatabaseProvider provider)
    {
        await using var services = await SeededAsync(provider);
        var society = (await services.Fresh<Data.Societies.SocietyDirectory>().FindAsync("riverside", DataServices.Cancel))!;
        var ada = (await services.Fresh<MemberRegister>().GetByNumberAsync(society.Id, 1, DataServices.Cancel))!;
        using var output = new MemoryStream();

        var written = await services.Get<RegisterExport>().WriteMemberPdfAsync(society.Id, society.Name, ada.Id, output, DataServices.Cancel);

        Assert.True(written);
        var text = await Testing.PdfText.ReadAsync(output.ToArray(), DataServices.Cancel);
        Assert.Contains("Your entry in the register of members", text, StringComparison.Ordinal);
        Assert.Contains("Riverside Co-operative Limited", text, StringComparison.Ordinal);
        Assert.Contains("Ada Lovelace", text, StringComparison.Ordinal);
        Assert.Contains("1 High Street, Town", text, StringComparison.Ordinal);
        Assert.Contains("ada@example.org", text, StringComparison.Ordinal);
        Assert.Contains("3 February 2025", text, StringComparison.Ordinal);
        Assert.Contains("30 June 2025 (Withdrawal)", text, StringComparison.Ordinal);
        Assert.Contains("Applicant", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Turing", text, StringComparison.Ordinal);
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task WriteMemberPdfAsync_MemberOfAnotherSociety_WritesNothing(DatabaseProvider provider)
    {
        await using var services = await SeededAsync(provider);
        var riverside = (await services.Fresh<Data.Societies.SocietyDirectory>().FindAsync("riverside", DataServices.Cancel))!;
        var ada = (await services.Fresh<MemberRegister>().GetByNumberAsync(riverside.Id, 1, DataServices.Cancel))!;
        var other = await services.CreateSocietyAsync("hillside", "Hillside Co-operative Limited");
        using var output = new MemoryStream();

        var written = await services.Get<RegisterExport>().WriteMemberPdfAsync(other.Id, other.Name, ada.Id, output, DataServices.Cancel);

        Assert.False(written);
        Assert.Equal(0, output.Length);
    }

    // Text is read back with poppler's pdftotext (test.sh installs poppler-utils): an independent PDF reader.
    private static async Task<string> PdfText(string file)
    {
        using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", file, "-"]) { RedirectStandardOutput = true })!;
        var text = await process.StandardOutput.ReadToEndAsync(DataServices.Cancel);
        await process.WaitForExitAsync(DataServices.Cancel);
        Assert.Equal(0, process.ExitCode);
        return text;
    }

    private static async Task<DataServices> SeededAsync(DatabaseProvider provider)
    {
        var services = await DataServices.StartAsync(provider);
        var society = await services.CreateSocietyAsync();
        var ada = await services.AdmitAsync(society, "Ada", "Lovelace");
        await services.AdmitAsync(society, "Alan", "Turing");
        await services.Get<MemberRegister>().ApplyAsync(
            society.Id, new MemberName("Still", "Applying"), new ContactDetails("2 Low Road", "AB1 2CD"), ["member"],
            new DateOnly(2025, 3, 1), "test", DataServices.Cancel);
        await services.Get<MemberRegister>().CeaseAsync(
            society.Id, ada.Id, CessationReason.Withdrawal, new DateOnly(2025, 6, 30), "test", null, DataServices.Cancel);
        return services;
    }
}
