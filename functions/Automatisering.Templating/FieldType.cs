namespace Automatisering.Templating;

/// <summary>Field types of a <see cref="TemplateSchema"/>, written in lower case in the schema JSON.</summary>
public enum FieldType
{
    /// <summary>One line of text (no line breaks).</summary>
    String,

    /// <summary>Multi-line text; line breaks become line breaks in Word.</summary>
    Text,

    /// <summary>A date as <c>DD-MM-JJJJ</c> or <c>JJJJ-MM-DD</c>.</summary>
    Date,

    Number,
    Boolean,

    /// <summary>An array of objects, each validated against <see cref="SchemaField.Fields"/>.</summary>
    List,

    /// <summary>An object whose members are <see cref="SchemaField.Fields"/>; tags reach them as <c>{veld.lid}</c>.</summary>
    Object,

    /// <summary>Base64 PNG or JPEG, or a data URI of one.</summary>
    Image,
}
