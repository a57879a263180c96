using System.Security.Cryptography;
using System.Text;

namespace Mutual.Data.Polls;

/// <summary>
/// Ballot codes, receipt codes and ballot keys, all from the operating system's secure random
/// generator. Codes use Crockford's base-32 alphabet (no I, L, O or U), so a code read off paper
/// survives the usual mistakes: case, spaces, hyphens, O for 0 and I or L for 1 are all forgiven.
/// A ballot code carries 128 random bits, which is why a plain SHA-256 is enough to store it.
/// </summary>
public static class BallotCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public const int BallotCodeLength = 26;

    /// <summary>60 random bits: collisions within one poll are vanishingly rare and still rejected by a unique index.</summary>
    public const int ReceiptLength = 12;

    /// <summary>A new ballot code, printed in groups of five or six for reading aloud or typing.</summary>
    public static string NewBallotCode()
    {
        var plain = Encode(RandomNumberGenerator.GetBytes(16), BallotCodeLength);
        return string.Join('-', plain[..5], plain[5..10], plain[10..15], plain[15..20], plain[20..]);
    }

    public static string NewReceipt() => Encode(RandomNumberGenerator.GetBytes(8), ReceiptLength);

    /// <summary>A random positive 63-bit ballot key: no order, no time, nothing to join on.</summary>
    public static long NewBallotKey()
    {
        long key;
        do key = BitConverter.ToInt64(RandomNumberGenerator.GetBytes(8)) & long.MaxValue;
        while (key == 0);
        return key;
    }

    /// <summary>SHA-256 of the code's canonical form.</summary>
    public static byte[] Hash(string code) => SHA256.HashData(Encoding.ASCII.GetBytes(Canonical(code)));

    /// <summary>Upper case, separators dropped, look-alike letters read as the digits they resemble.</summary>
    public static string Canonical(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var text = new StringBuilder(code.Length);
        foreach (var ch in code.ToUpperInvariant())
        {
            if (ch is ' ' or '-' or '\t') continue;
            text.Append(ch switch { 'O' => '0', 'I' or 'L' => '1', _ => ch });
        }

        return text.ToString();
    }

    private static string Encode(byte[] bytes, int length)
    {
        var chars = new char[length];
        var bits = 0;
        var buffer = 0;
        var index = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5 && index < length)
            {
                chars[index++] = Alphabet[(buffer >> (bits - 5)) & 31];
                bits -= 5;
            }
        }

        if (index < length) chars[index++] = Alphabet[(buffer << (5 - bits)) & 31];
        return new string(chars, 0, index).PadRight(length, '0');
    }
}
