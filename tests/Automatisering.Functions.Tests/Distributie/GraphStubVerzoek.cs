using System.Text.Json;

namespace Automatisering.Functions.Tests.Distributie;

/// <summary>A request as the stub received it: path and query unescaped, headers and body verbatim.</summary>
public sealed record GraphStubVerzoek(string Method, string Host, string Path, string Query, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public override string ToString() => $"{Method} {Path}{Query}";
}
