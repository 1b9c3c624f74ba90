using System.Text.Json;
using System.Text.Json.Serialization;

namespace Automatisering.Domain.Besluitvorming;

/// <summary>Writes roles in stored dossiers the way the configuration spells them ("juridischezaken"), so both read alike.</summary>
public sealed class RolJsonConverter : JsonConverter<Rol>
{
    public override Rol Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var name = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return Rollen.TryParse(name, out var rol) ? rol : throw new JsonException($"Unknown role '{name}'.");
    }

    public override void Write(Utf8JsonWriter writer, Rol value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToConfigName());
}
