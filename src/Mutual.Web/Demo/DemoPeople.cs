using System.Globalization;

namespace Mutual.Web.Demo;

/// <summary>One made-up person for the demo register.</summary>
public sealed record DemoPerson(string GivenNames, string FamilyName, string PostalAddress, string Postcode, string Email, string Phone);

/// <summary>
/// Plausible, made-up people in and around a market town, always the same for the same seed, so
/// the demo reads like a real register and a screenshot taken today matches one taken tomorrow.
/// </summary>
public static class DemoPeople
{
    private static readonly string[] GivenNames =
    [
        "Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Freya", "Florence", "Grace", "Sophie", "Evie",
        "Ruth", "Margaret", "Susan", "Priya", "Aisha", "Fatima", "Niamh", "Siobhan", "Carys", "Eilidh", "Bronwen", "Joan",
        "Oliver", "George", "Noah", "Arthur", "Muhammad", "Leo", "Harry", "Oscar", "Jack", "Thomas", "William", "James",
        "David", "Peter", "Rhys", "Dafydd", "Callum", "Euan", "Ravi", "Sanjay", "Tariq", "Kwame", "Patrick", "Colin",
    ];

    private static readonly string[] FamilyNames =
    [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson", "Wright",
        "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Thomas", "Clarke", "Jackson", "Wood",
        "Harris", "Edwards", "Turner", "Martin", "Cooper", "Hill", "Ward", "Hughes", "Moore", "Clark", "King",
        "Harrison", "Lewis", "Baker", "Lee", "Allen", "Morris", "Khan", "Scott", "Watson", "Davis", "Parker",
        "James", "Bennett", "Young", "Phillips", "Richardson", "Mitchell", "Begum", "Campbell", "Kelly", "O'Brien",
        "Ahmed", "Murphy", "MacDonald", "Okafor", "Nowak", "Kowalski",
    ];

    private static readonly string[] Streets =
    [
        "High Street", "Station Road", "Church Lane", "Mill Lane", "Victoria Road", "Park Avenue", "The Green",
        "Queens Road", "Orchard Close", "Meadow Way", "School Lane", "Bridge Street", "Market Place", "Chapel Row",
        "Brook Street", "Castle Hill", "Riverside Walk", "Hawthorn Drive", "Beech Grove", "Kingsway",
    ];

    // Towns with the postcode area and districts that really serve them.
    private static readonly (string Town, string Area, int[] Districts)[] Towns =
    [
        ("Stroud", "GL", [5, 6]), ("Hebden Bridge", "HX", [7]), ("Totnes", "TQ", [9]), ("Frome", "BA", [11]),
        ("Lewes", "BN", [7, 8]), ("Machynlleth", "SY", [20]), ("Kendal", "LA", [8, 9]), ("Bristol", "BS", [3, 5, 6]),
        ("Hexham", "NE", [46, 47]), ("Ludlow", "SY", [8]),
    ];

    private const string InwardLetters = "ABDEFGHJLNPQRSTUWXYZ";

    public static IReadOnlyList<DemoPerson> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var people = new List<DemoPerson>(count);
        for (var i = 0; i < count; i++) people.Add(Person(random, i));
        return people;
    }

    private static DemoPerson Person(Random random, int index)
    {
        var given = Pick(random, GivenNames);
        var family = Pick(random, FamilyNames);
        var (town, area, districts) = Pick(random, Towns);
        var postcode = string.Create(CultureInfo.InvariantCulture,
            $"{area}{Pick(random, districts)} {random.Next(1, 10)}{Pick(random, InwardLetters)}{Pick(random, InwardLetters)}");
        var address = $"{random.Next(1, 120)} {Pick(random, Streets)}, {town}";
        var email = $"{given}.{family}{index}@example.org".ToLowerInvariant().Replace("'", "", StringComparison.Ordinal);
        // 07700 900xxx is Ofcom's range reserved for drama, so no real phone rings.
        var phone = string.Create(CultureInfo.InvariantCulture, $"07700 900{random.Next(0, 1000):000}");
        return new DemoPerson(given, family, address, postcode, email, phone);
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static char Pick(Random random, string letters) => letters[random.Next(letters.Length)];
}
