namespace Automatisering.Templating;

/// <summary>
/// A tag found in the template. <paramref name="NestingPath"/> lists the enclosing sections from the outside in,
/// e.g. <c>["argumenten", "punten"]</c> for <c>{tekst}</c> inside <c>{#punten}</c> inside <c>{#argumenten}</c>.
/// </summary>
public sealed record TemplateTag(string Name, TagKind Kind, string Part, string Paragraph, IReadOnlyList<string> NestingPath);
