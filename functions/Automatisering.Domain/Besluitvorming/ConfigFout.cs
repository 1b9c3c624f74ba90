namespace Automatisering.Domain.Besluitvorming;

/// <summary>One configuration error: a JSON-path-like location (e.g. <c>$.personen[3].rollen[1]</c>) and the reason.</summary>
public sealed record ConfigFout(string Pad, string Reden)
{
    public override string ToString() => $"{Pad}: {Reden}";
}
