namespace Mutual.Web.BrowserTests;

/// <summary>A small register to import: the second member (spreadsheet row 3) has a date nobody could have been admitted on.</summary>
internal static class ImportCsv
{
    public const string WithBadRow =
        "membership_number,given_names,family_name,postal_address,postcode,admitted_on\n" +
        "101,Zephaniah,Okafor,\"4 Chapel Row, Frome\",BA11 1AA,2021-05-04\n" +
        "102,Ruth,Begum,\"9 Beech Grove, Frome\",BA11 2BB,2021-02-30\n";

    public const string ExpectedProblemStart = "row 3, column admitted_on";
}
