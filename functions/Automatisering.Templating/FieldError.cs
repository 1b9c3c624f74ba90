namespace Automatisering.Templating;

/// <summary>
/// A problem with one value of the data, e.g. <c>("conceptbesluit[2].tekst", "tekst is langer dan 500 tekens", "maxLength")</c>.
/// Codes: required, type, multiline, date, maxLength, email, phone, choice, minItems, maxItems, image, unknown.
/// </summary>
public sealed record FieldError(string Field, string Reason, string Code);
