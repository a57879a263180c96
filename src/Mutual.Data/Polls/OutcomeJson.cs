using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Serialization;
using Mutual.Counting.Methods.Simple;

namespace Mutual.Data.Polls;

/// <summary>How a counted outcome is stored: JSON, with exact fractions as "n/d" text.</summary>
internal static class OutcomeJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new ExactFractionConverter(), new JsonStringEnumConverter() },
    };

    private sealed class ExactFractionConverter : JsonConverter<ExactFraction>
    {
        public override ExactFraction Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString() ?? throw new JsonException("A fraction is missing.");
            var slash = text.IndexOf('/', StringComparison.Ordinal);
            return slash < 0
                ? new ExactFraction(BigInteger.Parse(text, CultureInfo.InvariantCulture), 1)
                : new ExactFraction(
                    BigInteger.Parse(text.AsSpan(0, slash), CultureInfo.InvariantCulture),
                    BigInteger.Parse(text.AsSpan(slash + 1), CultureInfo.InvariantCulture));
        }

        public override void Write(Utf8JsonWriter writer, ExactFraction value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }
}
