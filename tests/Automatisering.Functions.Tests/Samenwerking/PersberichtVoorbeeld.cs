using System.Text.Json.Nodes;
using Automatisering.Functions.Tests.Infrastructure;

namespace Automatisering.Functions.Tests.Samenwerking;

/// <summary>The shipped sample press release as the lead drafts it: without what each municipality adds itself.</summary>
internal static class PersberichtVoorbeeld
{
    public static JsonObject GedeeldeTekst()
    {
        var tekst = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "templates", "samples", "persbericht.json")))!.AsObject();
        foreach (var lokaal in new[] { "afzender", "citaten", "contacten", "logo" })
        {
            tekst.Remove(lokaal);
        }

        return tekst;
    }
}
