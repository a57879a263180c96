using System.Globalization;
using System.Text;

namespace Mutual.Bench.Members;

/// <summary>A deterministic register of <c>count</c> members (same seed, same file), in the import's columns.</summary>
internal static class RegisterCsvGenerator
{
    public static readonly string[] FamilyNames =
    [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Thompson", "Evans",
        "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Patel", "Khan", "Lewis", "James", "Phillips",
        "Mason", "Mitchell", "Rose", "Davis", "Rodriguez", "Cox", "Alexander", "Ó Briain", "O'Brien", "MacDonald", "Nowak", "Kowalski",
        "Singh", "Begum", "Ahmed", "Hughes", "Edwards", "Turner", "Moore", "Harris", "Martin", "Cooper", "Ward", "Morris", "King",
    ];

    private static readonly string[] GivenNames =
    [
        "Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Noah", "Mia", "Jack", "Ivy", "Leo", "Lily", "Arthur", "Freya",
        "Muhammad", "Florence", "Oscar", "Grace", "Charlie", "Sophia", "Siobhán", "Zoë", "Łukasz", "Aisha", "Priya", "Mary",
    ];

    public static string Postcode(Random random) =>
        string.Create(CultureInfo.InvariantCulture, $"{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}{random.Next(1, 30)} {random.Next(10)}{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}");

    public static void Write(string path, int count, int seed = 20261125)
    {
        var random = new Random(seed);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        writer.WriteLine("membership_number,given_names,family_name,postal_address,postcode,email,phone,classes,admitted_on,ceased_on,cessation_reason");
        var start = new DateOnly(1990, 1, 1);
        for (var n = 1; n <= count; n++)
        {
            var given = GivenNames[random.Next(GivenNames.Length)];
            var family = FamilyNames[random.Next(FamilyNames.Length)] + (random.Next(4) == 0 ? "-" + FamilyNames[random.Next(FamilyNames.Length)] : "");
            var admitted = start.AddDays(random.Next(12_000));
            writer.Write(n.ToString(CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(given);
            writer.Write(',');
            writer.Write(family);
            writer.Write(",\"");
            writer.Write(random.Next(1, 300).ToString(CultureInfo.InvariantCulture));
            writer.Write(" High Street, Town\",");
            writer.Write(Postcode(random));
            writer.Write(',');
            writer.Write(n % 3 == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"member{n}@example.org"));
            writer.Write(",,member,");
            writer.Write(admitted.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteLine(",,");
        }
    }
}
