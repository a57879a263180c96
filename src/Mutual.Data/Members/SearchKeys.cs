using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Mutual.Domain.Members;

namespace Mutual.Data.Members;

/// <summary>
/// Normalised copies of names and postcodes, stored beside the originals and indexed, so that
/// search is an index range scan on every database: "Ó Briain", "o'briain" and "OBRIAIN" all become
/// <c>OBRIAIN</c>, and a name search matches keys that start with the normalised query. Collation
/// and case rules differ between SQLite and PostgreSQL; keys computed here make both agree.
/// </summary>
public static class SearchKeys
{
    public const string FamilyNameKey = nameof(FamilyNameKey);
    public const string GivenNamesKey = nameof(GivenNamesKey);
    public const string PostcodeKey = nameof(PostcodeKey);
    public const int MaxLength = 200;

    /// <summary>Letters and digits only, without accents, upper case.</summary>
    public static string Name(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c)) builder.Append(char.ToUpperInvariant(c));
        }

        return Truncate(builder.ToString());
    }

    /// <summary>Upper case without spaces: "ab1 2cd" and "AB12CD" are the same postcode.</summary>
    public static string Postcode(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c)) builder.Append(char.ToUpper(c, CultureInfo.InvariantCulture));
        }

        return Truncate(builder.ToString());
    }

    internal static void Refresh(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries<Member>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            entry.Property<string>(FamilyNameKey).CurrentValue = Name(entry.Entity.FamilyName);
            entry.Property<string>(GivenNamesKey).CurrentValue = Name(entry.Entity.GivenNames);
            entry.Property<string>(PostcodeKey).CurrentValue = Postcode(entry.Entity.Postcode);
        }
    }

    private static string Truncate(string key) => key.Length <= MaxLength ? key : key[..MaxLength];
}
