namespace Automatisering.Templating;

/// <summary>What a <see cref="FieldType.String"/> field holds beyond text, checked on validation and shown as a typed input on forms.</summary>
public enum FieldFormat
{
    /// <summary>One e-mail address (no display name).</summary>
    Email,

    /// <summary>A telephone number, Dutch (0522 123 456, 06 12345678, 14 0522) or international (+32 …).</summary>
    Phone,
}
