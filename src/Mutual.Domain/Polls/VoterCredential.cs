using Mutual.Domain.Members;

namespace Mutual.Domain.Polls;

/// <summary>
/// Who is casting a ballot: a logged-in member, a proxy holder casting for the member who appointed
/// them (C6, whose appointment the caller has checked), or anyone holding a single-use ballot code
/// issued when the poll opened. Each resolves to exactly one entry on the voter roll.
/// </summary>
public abstract record VoterCredential
{
    /// <summary>A logged-in member voting for themselves.</summary>
    public sealed record Member(MemberId Id) : VoterCredential;

    /// <summary>A proxy holder casting the vote of <paramref name="Appointer"/>.</summary>
    public sealed record Proxy(MemberId Appointer, MemberId Holder) : VoterCredential;

    /// <summary>A single-use ballot code, typed in online or entered from a paper ballot.</summary>
    public sealed record Code(string Value) : VoterCredential
    {
        // Keep the secret out of logs and exception messages.
        public override string ToString() => "Code { *** }";
    }
}
