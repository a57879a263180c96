using Mutual.Counting.Results;

namespace Mutual.Counting.Output;

/// <summary>The camelCase words the JSON and CSV use for stage kinds and candidate states.</summary>
internal static class JsonNames
{
    public static string Of(StageKind kind) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    public static string Of(CandidateState state) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(state.ToString());
}
