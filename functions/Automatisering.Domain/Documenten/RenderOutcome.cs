using Automatisering.Templating;

namespace Automatisering.Domain.Documenten;

public sealed record RenderOutcome(IReadOnlyList<FieldError> Errors, byte[]? Docx);
