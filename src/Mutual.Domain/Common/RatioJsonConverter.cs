using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mutual.Domain.Common;

/// <summary>Writes a <see cref="Ratio"/> as the text people use ("75%", "2/3") and reads it back.</summary>
public sealed class RatioJsonConverter : JsonConverter<Ratio>
{
    public override Ratio Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && Ratio.TryParse(reader.GetString(), out var ratio)
            ? ratio
            : throw new JsonException("Expected a fraction such as \"75%\", \"2/3\" or \"0.75\".");

    public override void Write(Utf8JsonWriter writer, Ratio value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
