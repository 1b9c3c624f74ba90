using System.Text.Json;
using System.Text.Json.Nodes;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Documenten;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static Automatisering.Functions.Tests.Besluitvorming.TestOrganisatie;

namespace Automatisering.Functions.Tests.Besluitvorming;

/// <summary>What the agendapunt says about the item's number, route and council, rendered from the shipped templates.</summary>
public sealed class DossierDocumentenTests
{
    private static readonly DossierDocumenten Documenten = new(new DocumentRenderer(Microsoft.Extensions.Options.Options.Create(new TemplatesOptions { Root = Path.Combine(RepositoryRoot.Path, "templates") })));

    private static JsonElement Velden(bool naarRaad)
    {
        var velden = BesluitvormingApi.Velden();
        velden["naarRaad"] = naarRaad;
        return JsonSerializer.SerializeToElement(velden);
    }

    private static (List<string> Alineas, List<string[]> Parafen) Lees(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var parafen = body.Descendants<Table>()
            .Single(t => t.Descendants<TableRow>().First().InnerText.StartsWith("Rol", StringComparison.Ordinal))
            .Descendants<TableRow>().Skip(1)
            .Select(r => r.Descendants<TableCell>().Select(c => c.InnerText).ToArray())
            .ToList();
        return (body.Descendants<Paragraph>().Select(p => p.InnerText).ToList(), parafen);
    }

    [Fact]
    public void RenderVersion_NoFinancialConsequencesAndNotToTheCouncil_NoFinanceStepNoCouncilLines()
    {
        var org = Sample;
        var wethouder = org.PersonenMetRol("westerveld", Rol.Portefeuillehouder).First();
        var auteur = org.PersonenMetRol("westerveld", Rol.Medewerker).First();
        var dossier = Dossier.Create(org, "westerveld-1", "westerveld", auteur.Id, "Handvest", wethouder.Portefeuilles[0], Velden(naarRaad: false), Hash("w"), false, Maandag, "2026-0123");

        var (_, docs) = Documenten.RenderVersion(dossier, org);
        var (alineas, parafen) = Lees(docs["agendapunt.docx"]);

        // Westerveld's route has "Financiën en control" only with financial consequences.
        Assert.Equal(["Medewerker", "Afdelingsmanager", "Concernstaf", "Secretaris", "Portefeuillehouder"], parafen.Select(r => r[0]));
        Assert.Equal(wethouder.Naam, parafen[^1][1]);
        Assert.All(parafen, r => Assert.Equal("", r[2]));
        Assert.DoesNotContain(alineas, a => a.StartsWith("Raadsvoorstel", StringComparison.Ordinal));
        Assert.Contains("2026-0123", alineas);
    }

    [Fact]
    public void RenderVersion_ToTheCouncil_RaadsvoorstelLine()
    {
        var org = Sample;
        var wethouder = org.PersonenMetRol("westerveld", Rol.Portefeuillehouder).First();
        var auteur = org.PersonenMetRol("westerveld", Rol.Medewerker).First();
        var dossier = Dossier.Create(org, "westerveld-2", "westerveld", auteur.Id, "Handvest", wethouder.Portefeuilles[0], Velden(naarRaad: true), Hash("w"), true, Maandag, "2026-0124");

        var (alineas, parafen) = Lees(Documenten.RenderVersion(dossier, org).Documents["agendapunt.docx"]);

        Assert.Contains(parafen, r => r[0] == "Financiën");
        Assert.Contains(alineas, a => a.StartsWith("Raadsvoorstel: ", StringComparison.Ordinal));
    }

    [Fact]
    public void RenderBesluit_AfterTheRoute_ThePeopleWhoSignedWithTheirDatesAndTheAgendaNumber()
    {
        var org = Load();
        var dossier = Dossier.Create(org, "testdorp-1", "testdorp", Auteur, "Handvest", "sociaal domein", Velden(naarRaad: false), Hash("t"), false, Maandag, "2026-0007");
        dossier.Submit(org, Auteur, Maandag);
        foreach (var persoon in new[] { Afdelingsmanager, Concernstaf, Jurist, Vervanger })
        {
            dossier.GiveParaaf(org, persoon, dossier.HuidigeVersie.Hash, Maandag.AddDays(1));
        }

        dossier.GiveParaaf(org, WethouderSociaal, dossier.HuidigeVersie.Hash, Maandag.AddDays(2), Vergadering);
        var vergadering = Collegevergadering.Create(org, "testdorp", Vergadering);
        vergadering.Agendeer(org, Bestuurssecretariaat, dossier, AgendapuntSoort.Hamerstuk);
        vergadering.RecordDecision(org, dossier, Besluit.Conform(), Bestuurssecretariaat, new DateTimeOffset(2026, 3, 17, 11, 0, 0, TimeSpan.FromHours(1)));

        var (alineas, parafen) = Lees(Documenten.RenderBesluit(dossier, org, "1"));

        // No financiën row (no financial consequences); the substitute signed for the secretaris.
        Assert.Equal(["Medewerker", "Afdelingsmanager", "Concernstaf", "Juridische zaken", "Secretaris", "Portefeuillehouder"], parafen.Select(r => r[0]));
        Assert.Equal("Victor Invaller (namens Sietse Schrijver)", parafen[4][1]);
        Assert.Equal("03-03-2026", parafen[4][2]);
        Assert.Contains("Besluit B&W: Conform", alineas);
        Assert.Equal(("2026-0007", "1"), (alineas[alineas.IndexOf("Nummer") + 1], alineas[alineas.IndexOf("Agendapunt") + 1]));
    }
}
