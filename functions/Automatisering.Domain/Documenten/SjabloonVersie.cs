namespace Automatisering.Domain.Documenten;

/// <summary>One uploaded template: blob <c>sjablonen/{gemeente}/{type}/v{Nummer}.docx</c>, who uploaded it and when.</summary>
public sealed record SjabloonVersie(int Nummer, string GeuploadDoor, DateTimeOffset GeuploadOp, string Bestandsnaam, string Sha256, long Grootte);
