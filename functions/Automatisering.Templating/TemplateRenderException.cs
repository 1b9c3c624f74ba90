namespace Automatisering.Templating;

/// <summary>The data could not be rendered (for instance an image value that is not a PNG or JPEG); names the field.</summary>
public sealed class TemplateRenderException : Exception
{
    public TemplateRenderException(string field, string message)
        : base($"{field}: {message}")
    {
        Field = field;
    }

    public string Field { get; }
}
