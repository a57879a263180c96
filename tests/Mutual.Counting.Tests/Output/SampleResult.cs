using Mutual.Counting.Output;
using Mutual.Counting.Results;

namespace Mutual.Counting.Tests.Output;

/// <summary>
/// A two-stage STV-like result written out by hand: 3 candidates, 1 seat, quota 6.
/// Stage 1: Ann 5, Bob 4, Cy 2. Stage 2: Cy excluded; 1.5 to Ann, 0.5 non-transferable: Ann 6.5, elected.
/// </summary>
internal static class SampleResult
{
    public static CountedFile Counted { get; } = new("ward.blt", new CountResult(
        "test-method",
        "Sample ward",
        ["Ann", "Bob, Jr", "Cy"],
        1,
        6m,
        [0],
        [
            new Stage(
                1, StageKind.FirstPreferences, "First preferences", [5m, 4m, 2m], [5m, 4m, 2m], 0m, 0m,
                [CandidateState.Continuing, CandidateState.Continuing, CandidateState.Excluded], [], [2]),
            new Stage(
                2, StageKind.Exclusion, "Exclusion of Cy", [6.5m, 4m, 0m], [1.5m, 0m, -2m], 0.5m, 0.5m,
                [CandidateState.Elected, CandidateState.Continuing, CandidateState.Excluded], [0], [])
            {
                From = [2],
                Note = "Ann reached the quota",
            },
        ])
    {
        Seed = 99,
        Precision = "exact",
        ValidVotes = 11m,
        Ties = ["a tie written by hand"],
    });
}
