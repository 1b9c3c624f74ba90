using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Samenwerking;
using Automatisering.Functions.Tests.Besluitvorming;
using Automatisering.Functions.Tests.Infrastructure;
using Automatisering.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Automatisering.Functions.Tests.Web;

/// <summary>
/// The demo reads as current whatever day it is seeded: its samples carry fixed 2026 dates, which the seed moves
/// relative to today (the suite would refuse an item whose college date has passed).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class DemoSeedTests(AzuriteFixture azurite)
{
    private static readonly OrganisatieConfig Org = BesluitvormingApi.Sample;
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    [GeneratedRegex(@"\b(\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4})\b")]
    private static partial Regex VolledigeDatum();

    [GeneratedRegex(@"in (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)( \d{4})? geïnformeerd")]
    private static partial Regex MaandGeinformeerd();

    [GeneratedRegex(@"vóór het einde van (\d{4})")]
    private static partial Regex EindeVanJaar();

    [Fact]
    public async Task StartAsync_Vandaag_TrajectEnPersberichtOpDeKomendeVergadering()
    {
        var vandaag = NederlandseTijd.Datum(DateTimeOffset.UtcNow);
        await using var app = new WebAppFactory(azurite).WithSetting(DemoSeed.SettingName, "true");
        app.Start();
        var dossiers = app.Services.GetRequiredService<DossierService>();
        var samenwerking = app.Services.GetRequiredService<SamenwerkingService>();
        var (onderwerp, _) = DemoSeed.Sample();
        var meppel = Org.PersonenMetRol("meppel", Rol.Medewerker).First().Id;
        var voorstel = Assert.Single(await samenwerking.ListVoorstellenAsync(meppel, CancellationToken.None), v => v.Titel == onderwerp);

        // Staphorst's item is on the coming meeting the demo works towards.
        var staphorst = Org.PersonenMetRol("staphorst", Rol.Medewerker).First().Id;
        var regel = Assert.Single(await dossiers.ListAsync(staphorst, "staphorst", CancellationToken.None), r => r.Onderwerp == onderwerp);
        Assert.Equal(DossierStatus.Geagendeerd, regel.Status);
        var vergadering = regel.Vergaderdatum!.Value;
        Assert.True(vergadering > vandaag, $"{vergadering}");

        // The shared content, and so every dossier made from it, names that meeting as the college date; the
        // council committee comes after it.
        var velden = (await dossiers.GetAsync(staphorst, regel.DossierId, CancellationToken.None)).Value.Velden;
        foreach (var gedeeld in new[] { voorstel.GedeeldeVelden, velden })
        {
            var college = gedeeld.GetProperty("traject").EnumerateArray().Single(r => r.GetProperty("gremium").GetString() == "College");
            Assert.Equal(vergadering.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture), college.GetProperty("datum").GetString());
            var commissie = DateOnly.ParseExact(gedeeld.GetProperty("datumRaadscommissie").GetString()!, "dd-MM-yyyy", CultureInfo.InvariantCulture);
            Assert.True(commissie > vergadering, $"{commissie} na {vergadering}");
        }

        // The press release: dated and under embargo until 16.00 Dutch time on the meeting day.
        var persbericht = (await samenwerking.GetPersberichtAsync(meppel, voorstel.Id, CancellationToken.None))!.Value;
        var embargo = TimeZoneInfo.ConvertTime(persbericht.EmbargoTot!.Value, Amsterdam);
        Assert.Equal(vergadering.ToDateTime(new TimeOnly(16, 0)), embargo.DateTime);
        var datum = vergadering.ToString("d MMMM yyyy", Nl);
        Assert.Equal(datum, persbericht.Tekst.GetProperty("datum").GetString());

        // Every date the text names is the release day; the month the councils hear of it is the planned
        // raadsinformatiebrief's; no future it names lies before this month.
        var tekst = string.Join("\n", Strings(persbericht.Tekst));
        var datums = VolledigeDatum().Matches(tekst).Select(m => m.Groups[1].Value).ToList();
        Assert.True(datums.Count >= 2, tekst); // the dateline and the signing in the note to the editors
        Assert.All(datums, d => Assert.Equal(datum, d));
        Assert.Contains($"ondertekening op {datum}", persbericht.Tekst.GetProperty("notaRedactie").GetString());

        var tracker = await samenwerking.TrackerAsync(meppel, voorstel.Id, CancellationToken.None);
        var brief = tracker.Mijlpalen.Single(m => m.Omschrijving == "Raadsinformatiebrief in alle gemeenten").GeplandOp;
        var maand = Assert.Single(MaandGeinformeerd().Matches(tekst));
        var jaar = maand.Groups[2].Success ? int.Parse(maand.Groups[2].Value, CultureInfo.InvariantCulture) : vergadering.Year;
        var maandNummer = DateTime.ParseExact(maand.Groups[1].Value, "MMMM", Nl).Month;
        Assert.Equal((brief.Year, brief.Month), (jaar, maandNummer));
        Assert.True(new DateOnly(jaar, maandNummer, 1) >= new DateOnly(vandaag.Year, vandaag.Month, 1), maand.Value);
        Assert.All(EindeVanJaar().Matches(tekst), m => Assert.True(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) >= vandaag.Year, m.Value));

        // Steenwijkerland decided at a past meeting: the tracker shows that meeting, and its planned step done by it.
        var steenwijkerland = tracker.Deelnemers.Single(d => d.Gemeente == "steenwijkerland");
        Assert.Equal(BesluitUitkomst.Conform, steenwijkerland.Uitkomst);
        Assert.True(steenwijkerland.Besluitdatum < vandaag, $"{steenwijkerland.Besluitdatum}");
        Assert.Equal(steenwijkerland.Besluitdatum, steenwijkerland.Collegedatum);
        var stap = steenwijkerland.Mijlpalen.Single(m => m.Soort == MijlpaalSoort.Collegebesluit && m.Gemeente == "steenwijkerland");
        Assert.True(stap.DoorBesluit);
        Assert.Equal(steenwijkerland.Besluitdatum, stap.GebeurdOp);
        Assert.Equal(vergadering, tracker.Deelnemers.Single(d => d.Gemeente == "staphorst").Collegedatum);
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}
