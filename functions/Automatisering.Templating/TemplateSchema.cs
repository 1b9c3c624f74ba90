using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Automatisering.Templating;

/// <summary>
/// The fields a template expects, loaded from <c>&lt;name&gt;.schema.json</c> (format in README.md). Validates
/// request data and reports every problem at once, each with its field path.
/// </summary>
public sealed record TemplateSchema
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    private static readonly string[] DateFormats = ["dd-MM-yyyy", "yyyy-MM-dd"];

    public string? Name { get; init; }

    /// <summary>The template the schema belongs to, as the files in templates/default/ name it.</summary>
    public string? Template { get; init; }

    /// <summary>Dutch title for forms, e.g. "Agendapunt B&amp;W".</summary>
    public string? Title { get; init; }

    public string? Description { get; init; }

    /// <summary>False (default): a data field that is not in the schema is an error (code "unknown"), catching typos.</summary>
    public bool AllowUnknownFields { get; init; }

    public IReadOnlyList<SchemaField> Fields { get; init; } = [];

    public static TemplateSchema Load(Stream json)
    {
        try
        {
            return Check(JsonSerializer.Deserialize<TemplateSchema>(json, JsonOptions));
        }
        catch (JsonException e)
        {
            throw new TemplateSchemaException($"Het schema is ongeldig: {e.Message}", e);
        }
    }

    public static TemplateSchema Load(string json)
    {
        try
        {
            return Check(JsonSerializer.Deserialize<TemplateSchema>(json, JsonOptions));
        }
        catch (JsonException e)
        {
            throw new TemplateSchemaException($"Het schema is ongeldig: {e.Message}", e);
        }
    }

    private static TemplateSchema Check(TemplateSchema? schema)
    {
        if (schema is null)
        {
            throw new TemplateSchemaException("Het schema is leeg.");
        }

        CheckFields(schema.Fields, "");
        return schema;
    }

    private static void CheckFields(IReadOnlyList<SchemaField> fields, string parent)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var path = parent + field.Name;
            if (string.IsNullOrWhiteSpace(field.Name) || field.Name.Contains('.') || !names.Add(field.Name))
            {
                throw new TemplateSchemaException($"Schemaveld '{path}': naam ontbreekt, bevat een punt of komt dubbel voor.");
            }

            if (field.Type is FieldType.List or FieldType.Object)
            {
                CheckFields(field.Fields, path + (field.Type == FieldType.List ? "[]." : "."));
            }
            else if (field.Fields.Count > 0)
            {
                throw new TemplateSchemaException($"Schemaveld '{path}': alleen list en object hebben 'fields'.");
            }

            if ((field.Format is not null || field.Choices is not null) && field.Type != FieldType.String)
            {
                throw new TemplateSchemaException($"Schemaveld '{path}': 'format' en 'choices' horen bij een veld van type string.");
            }

            if (field.Format is not null && field.Choices is not null)
            {
                throw new TemplateSchemaException($"Schemaveld '{path}': gebruik 'format' of 'choices', niet beide.");
            }

            if (field.Choices is { } choices
                && (choices.Count == 0 || choices.Any(string.IsNullOrWhiteSpace)
                    || choices.Select(c => c.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != choices.Count))
            {
                throw new TemplateSchemaException($"Schemaveld '{path}': 'choices' moet verschillende, niet-lege waarden bevatten.");
            }
        }
    }

    /// <summary>
    /// A field path as a person reads it, by the schema's labels and with row numbers from 1
    /// ("citaten[2].citaat" → "Citaten, rij 3: Citaat"); a part the schema does not know keeps its name.
    /// </summary>
    public string Label(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        IReadOnlyList<SchemaField> fields = Fields;
        var parts = new List<string>();
        foreach (var part in path.Split('.'))
        {
            var haak = part.IndexOf('[', StringComparison.Ordinal);
            var name = haak < 0 ? part : part[..haak];
            var field = fields.FirstOrDefault(f => f.Name == name);
            var label = field?.Label ?? name;
            parts.Add(haak >= 0 && int.TryParse(part.AsSpan(haak + 1, part.Length - haak - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var rij)
                ? $"{label}, rij {rij + 1}"
                : label);
            fields = field?.Fields ?? [];
        }

        return parts.Count == 1 ? parts[0] : $"{string.Join(", ", parts.Take(parts.Count - 1))}: {parts[^1]}";
    }

    /// <summary>Every problem in <paramref name="data"/>; empty when the data fits the schema.</summary>
    public IReadOnlyList<FieldError> Validate(JsonElement data)
    {
        var errors = new List<FieldError>();
        if (data.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new FieldError("", "gegevens moeten een object zijn", "type"));
            return errors;
        }

        ValidateObject(data, Fields, "", errors);
        return errors;
    }

    private void ValidateObject(JsonElement data, IReadOnlyList<SchemaField> fields, string prefix, List<FieldError> errors)
    {
        foreach (var field in fields)
        {
            var path = prefix + field.Name;
            if (!data.TryGetProperty(field.Name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                if (field.Required)
                {
                    // A choice says what to choose, which a form shows as its radio buttons.
                    errors.Add(new FieldError(path, field.Choices is { } keuzes ? Kies(keuzes) : "verplicht veld ontbreekt", "required"));
                }

                continue;
            }

            ValidateValue(value, field, path, errors);
        }

        if (!AllowUnknownFields)
        {
            foreach (var property in data.EnumerateObject())
            {
                if (!fields.Any(f => f.Name == property.Name))
                {
                    errors.Add(new FieldError(prefix + property.Name, "onbekend veld", "unknown"));
                }
            }
        }
    }

    private void ValidateValue(JsonElement value, SchemaField field, string path, List<FieldError> errors)
    {
        switch (field.Type)
        {
            case FieldType.String or FieldType.Text or FieldType.Date or FieldType.Image when value.ValueKind != JsonValueKind.String:
                errors.Add(new FieldError(path, $"verwacht tekst, maar kreeg {Describe(value)}", "type"));
                return;
            case FieldType.Number when value.ValueKind != JsonValueKind.Number:
                errors.Add(new FieldError(path, $"verwacht een getal, maar kreeg {Describe(value)}", "type"));
                return;
            case FieldType.Boolean when value.ValueKind is not (JsonValueKind.True or JsonValueKind.False):
                errors.Add(new FieldError(path, $"verwacht ja/nee (true/false), maar kreeg {Describe(value)}", "type"));
                return;
            case FieldType.List when value.ValueKind != JsonValueKind.Array:
                errors.Add(new FieldError(path, $"verwacht een lijst, maar kreeg {Describe(value)}", "type"));
                return;
            case FieldType.Object when value.ValueKind != JsonValueKind.Object:
                errors.Add(new FieldError(path, $"verwacht een object, maar kreeg {Describe(value)}", "type"));
                return;
        }

        switch (field.Type)
        {
            case FieldType.String or FieldType.Text:
                var text = value.GetString()!;
                if (field.Required && text.Trim().Length == 0)
                {
                    errors.Add(new FieldError(path, field.Choices is { } leegKeuzes ? Kies(leegKeuzes) : "verplicht veld is leeg", "required"));
                }

                if (field.Type == FieldType.String && text.AsSpan().IndexOfAny('\n', '\r') >= 0)
                {
                    errors.Add(new FieldError(path, "mag geen regelovergang bevatten", "multiline"));
                }

                if (field.MaxLength is { } max && text.Length > max)
                {
                    errors.Add(new FieldError(path, $"is {text.Length} tekens, maximaal {max} toegestaan", "maxLength"));
                }
                else if (field.Format is { } format && FieldFormatCheck.Problem(format, text) is { } problem)
                {
                    errors.Add(new FieldError(path, problem, format == FieldFormat.Email ? "email" : "phone"));
                }
                else if (field.Choices is { } choices && text.Trim().Length > 0
                    && !choices.Any(c => string.Equals(c.Trim(), text.Trim(), StringComparison.OrdinalIgnoreCase)))
                {
                    errors.Add(new FieldError(path, Kies(choices), "choice"));
                }

                break;
            case FieldType.Date:
                // Dutch documents write dates as 04-03-2014; ISO dates come from forms and APIs. An optional
                // date may be left empty, as in a blank parafen row.
                if (!(value.GetString() is "" && !field.Required) &&
                    !DateOnly.TryParseExact(value.GetString(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    errors.Add(new FieldError(path, "geen geldige datum (verwacht DD-MM-JJJJ of JJJJ-MM-DD)", "date"));
                }

                break;
            case FieldType.Image:
                var encoded = value.GetString()!;
                if (encoded.Length == 0)
                {
                    if (field.Required)
                    {
                        errors.Add(new FieldError(path, "verplicht veld is leeg", "required"));
                    }
                }
                else if (!ImageData.TryDecode(encoded, out _, out var reason))
                {
                    errors.Add(new FieldError(path, reason, "image"));
                }

                break;
            case FieldType.List:
                var count = value.GetArrayLength();
                if (field.Required && count == 0)
                {
                    errors.Add(new FieldError(path, "verplichte lijst is leeg", "required"));
                }

                if (field.MinItems is { } min && count < min)
                {
                    errors.Add(new FieldError(path, $"heeft {count} items, minimaal {min} nodig", "minItems"));
                }

                if (field.MaxItems is { } maxItems && count > maxItems)
                {
                    errors.Add(new FieldError(path, $"heeft {count} items, maximaal {maxItems} toegestaan", "maxItems"));
                }

                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    var itemPath = $"{path}[{index++}]";
                    if (item.ValueKind != JsonValueKind.Object)
                    {
                        errors.Add(new FieldError(itemPath, $"verwacht een object, maar kreeg {Describe(item)}", "type"));
                        continue;
                    }

                    ValidateObject(item, field.Fields, itemPath + ".", errors);
                }

                break;
            case FieldType.Object:
                ValidateObject(value, field.Fields, path + ".", errors);
                break;
        }
    }

    private static string Kies(IReadOnlyList<string> choices) => $"kies {string.Join(" of ", choices.Select(c => $"'{c}'"))}";

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "tekst",
        JsonValueKind.Number => "een getal",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        JsonValueKind.Array => "een lijst",
        JsonValueKind.Object => "een object",
        _ => value.ValueKind.ToString().ToLowerInvariant(),
    };
}
