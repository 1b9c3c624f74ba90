namespace Automatisering.Templating;

/// <summary>
/// Something wrong with a template. <paramref name="Part"/> is the zip entry (e.g. <c>word/document.xml</c>) and
/// <paramref name="Paragraph"/> the paragraph's visible text, so a secretary can find it in Word.
/// </summary>
public sealed record TemplateProblem(string Code, string Message, string? Part, string? Paragraph, string? Field = null)
{
    public override string ToString() =>
        Part is null ? $"{Code}: {Message}" : $"{Code}: {Message} (in {Part}, alinea \"{Paragraph}\")";
}
