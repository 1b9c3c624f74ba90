using Automatisering.Templating;

namespace Automatisering.Functions.Features.Documenten;

public sealed record RenderOutcome(IReadOnlyList<FieldError> Errors, byte[]? Docx);
