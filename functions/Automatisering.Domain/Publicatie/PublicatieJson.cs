using System.Text.Json;
using Automatisering.Domain.Besluitvorming;

namespace Automatisering.Domain.Publicatie;

/// <summary>The publication records are stored in the same JSON as the dossiers (camelCase, enums by name).</summary>
public static class PublicatieJson
{
    public static JsonSerializerOptions Options => BesluitvormingJson.Options;
}
