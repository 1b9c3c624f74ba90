namespace Automatisering.Templating;

/// <summary>One field of a <see cref="TemplateSchema"/>; see README.md for the JSON format.</summary>
public sealed record SchemaField
{
    public required string Name { get; init; }

    public required FieldType Type { get; init; }

    public bool Required { get; init; }

    /// <summary>Maximum number of characters (string, text).</summary>
    public int? MaxLength { get; init; }

    /// <summary>Minimum and maximum number of items (list).</summary>
    public int? MinItems { get; init; }

    public int? MaxItems { get; init; }

    /// <summary>For a string: an e-mail address or a phone number, checked (codes <c>email</c>, <c>phone</c>).</summary>
    public FieldFormat? Format { get; init; }

    /// <summary>For a string: the only values allowed (compared without case and surrounding spaces; code <c>choice</c>); forms show them as radio buttons or a select.</summary>
    public IReadOnlyList<string>? Choices { get; init; }

    /// <summary>Dutch label for forms.</summary>
    public string? Label { get; init; }

    public string? Description { get; init; }

    /// <summary>Members of a list item or object.</summary>
    public IReadOnlyList<SchemaField> Fields { get; init; } = [];
}
