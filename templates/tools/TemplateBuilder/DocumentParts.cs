namespace Automatisering.TemplateBuilder;

/// <summary>The template-specific content of one .docx; the package around it comes from <see cref="DocxWriter"/>.</summary>
public sealed record DocumentParts(string Name, string Title, string Subject, string Body, string Header, string Footer);
