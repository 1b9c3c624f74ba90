using System.Text.Json;
using Automatisering.Functions.Features.Documenten;
using Automatisering.Functions.Tests.Besluitvorming;
using Automatisering.Functions.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Automatisering.Functions.Tests.Web;

public sealed class DossierFormulierTests
{
    private static readonly DossierFormulier Formulier = new(new DocumentRenderer(Microsoft.Extensions.Options.Options.Create(new TemplatesOptions())));

    /// <summary>The form as the edit page fills it from the stored fields and a browser posts it back unchanged.</summary>
    private static FormCollection Posted(JsonElement velden)
    {
        var form = DossierFormulier.Waarden(velden).ToDictionary(w => w.Key, w => new StringValues(w.Value));
        foreach (var lijst in velden.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array))
        {
            form["rijen." + lijst.Name] = Math.Max(DossierFormulier.MinimumRijen, lijst.Value.GetArrayLength()).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return new FormCollection(form);
    }

    [Fact]
    public void BehoudVerborgen_EditPostedUnchanged_KeepsSubListsTheFormDoesNotShow()
    {
        var opgeslagen = JsonSerializer.SerializeToElement(BesluitvormingApi.Velden());
        var gelezen = Formulier.Lees("meppel", Posted(opgeslagen));
        Assert.False(gelezen.Velden.GetProperty("conceptbesluit")[1].TryGetProperty("subpunten", out _)); // what the form alone would lose

        var bewaard = Formulier.BehoudVerborgen("meppel", opgeslagen, gelezen);

        var subpunten = bewaard.Velden.GetProperty("conceptbesluit")[1].GetProperty("subpunten");
        Assert.Equal(opgeslagen.GetProperty("conceptbesluit")[1].GetProperty("subpunten").GetRawText(), subpunten.GetRawText());
        Assert.Equal(opgeslagen.GetProperty("conceptbesluit")[1].GetProperty("intentie").GetRawText(), bewaard.Velden.GetProperty("conceptbesluit")[1].GetProperty("intentie").GetRawText());
    }

    [Fact]
    public void BehoudVerborgen_RowRemovedOnTheForm_ItsSubListsGoWithIt()
    {
        var opgeslagen = JsonSerializer.SerializeToElement(BesluitvormingApi.Velden());
        var form = Posted(opgeslagen).ToDictionary(f => f.Key, f => f.Value);
        foreach (var key in form.Keys.Where(k => k.StartsWith($"{DossierFormulier.Prefix}conceptbesluit[1].", StringComparison.Ordinal)).ToList())
        {
            form[key] = "";
        }

        var bewaard = Formulier.BehoudVerborgen("meppel", opgeslagen, Formulier.Lees("meppel", new FormCollection(form)));

        var punten = bewaard.Velden.GetProperty("conceptbesluit");
        Assert.Equal(opgeslagen.GetProperty("conceptbesluit").GetArrayLength() - 1, punten.GetArrayLength());
        // The third point moved up to second place and keeps its own sub-points, not those of the removed one.
        Assert.Equal(opgeslagen.GetProperty("conceptbesluit")[2].GetProperty("nr").GetString(), punten[1].GetProperty("nr").GetString());
        Assert.Equal(opgeslagen.GetProperty("conceptbesluit")[2].GetProperty("subpunten").GetRawText(), punten[1].GetProperty("subpunten").GetRawText());
        Assert.False(punten[1].TryGetProperty("intentie", out _));
    }
}
