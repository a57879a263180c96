namespace Mutual.Web.Features.Polls;

/// <summary>
/// A new resolution or election. <c>kind</c> is <c>Resolution</c> or <c>Election</c>;
/// <c>resolutionKind</c> one of <c>Ordinary</c>, <c>Special</c>, <c>Amalgamation</c>, <c>ConversionToCompany</c>.
/// </summary>
public sealed record CreatePollRequest(
    string? Title, string? Text, string? Kind, string? ResolutionKind, IReadOnlyList<CandidateRequest>? Candidates, int? Seats,
    string? CountingMethod, DateOnly? RecordDate, DateTimeOffset? OpensAt, DateTimeOffset? ClosesAt,
    Guid? MeetingId, Guid? AgendaItemId, bool? Secret);

public sealed record CandidateRequest(string? Name, string? Statement);

/// <summary>A ballot: <c>choice</c> (<c>For</c>, <c>Against</c>, <c>Abstain</c>) on a resolution, or <c>ranking</c> (1-based candidate numbers, favourite first) in an election.</summary>
public sealed record CastBallotRequest(string? Choice, IReadOnlyList<int>? Ranking);

/// <summary>A ballot cast with a single-use ballot code, by a voter without an account: which society and poll, the code, and the ballot.</summary>
public sealed record CastByCodeRequest(string? Society, Guid? PollId, string? Code, string? Choice, IReadOnlyList<int>? Ranking);

/// <summary>A paper ballot the returning officer enters against the code printed on it.</summary>
public sealed record PaperBallotRequest(string? Code, string? Choice, IReadOnlyList<int>? Ranking);

/// <summary>
/// The chair's count of hands in the room on a resolution (DOMAIN C6): one set of totals, or, where
/// the rules weight the classes (C10), <see cref="Classes"/> with the hands in each class instead.
/// </summary>
public sealed record ShowOfHandsRequest(int? For, int? Against, int? Abstain, IReadOnlyList<ClassHandsRequest>? Classes = null);

/// <summary>The hands raised in one membership class, named by its key in the rules (like <c>worker</c>).</summary>
public sealed record ClassHandsRequest(string? ClassKey, int? For, int? Against, int? Abstain);
