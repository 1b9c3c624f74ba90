using Automatisering.Templating;

namespace Automatisering.Domain.Besluitvorming;

/// <summary>The dossier fields do not fit the templates: every field with its reason; nothing was stored.</summary>
public sealed class FieldValidationException(IReadOnlyList<FieldError> errors) : Exception("De velden passen niet bij de sjablonen.")
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;
}
