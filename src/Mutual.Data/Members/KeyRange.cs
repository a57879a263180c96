namespace Mutual.Data.Members;

/// <summary>
/// A prefix as a half-open range of keys, [prefix, next): "SMI" is "SMI" up to "SMJ". Databases
/// answer a range from an index on every engine, where LIKE 'SMI%' often cannot use one.
/// </summary>
internal readonly record struct KeyRange(string From, string? Before)
{
    public static KeyRange Prefix(string prefix)
    {
        for (var i = prefix.Length - 1; i >= 0; i--)
        {
            if (prefix[i] < char.MaxValue) return new(prefix, prefix[..i] + (char)(prefix[i] + 1));
        }

        return new(prefix, null);
    }
}
