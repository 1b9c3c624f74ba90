namespace Automatisering.Domain.Besluitvorming;

/// <summary>Which reminders a dossier is due at <c>now</c>, by the municipality's limits in working days.</summary>
public static class HerinneringPlanner
{
    public static IReadOnlyList<Herinnering> Bereken(Dossier dossier, OrganisatieConfig org, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(org);
        if (dossier.Status != DossierStatus.InRoute || dossier.HuidigeStap is not { } index || dossier.Stappen[index].ActiefSinds is not { } sinds)
        {
            return [];
        }

        var gemeente = org.GetGemeente(dossier.Gemeente);
        var gewacht = Werkdagen.Tussen(NederlandseTijd.Datum(sinds), NederlandseTijd.Datum(now), gemeente.VrijeDagen);
        var stap = dossier.Stappen[index];
        var wachtOp = dossier.WaitingOn(org, now);
        var versie = dossier.HuidigeVersie.Nummer;
        var result = new List<Herinnering>();

        if (gewacht >= gemeente.Route.HerinneringNaWerkdagen)
        {
            result.Add(Maak(HerinneringSoort.Herinnering, wachtOp));
        }

        if (gewacht >= gemeente.Route.EscalatieNaWerkdagen)
        {
            var secretarissen = org.PersonenMetRol(gemeente.Slug, Rol.Gemeentesecretaris)
                .Select(p => new Wachtende(p.Id, p.Naam, Rol.Gemeentesecretaris, null))
                .ToList();
            result.Add(Maak(HerinneringSoort.Escalatie, secretarissen));
        }

        return result;

        Herinnering Maak(HerinneringSoort soort, IReadOnlyList<Wachtende> ontvangers) => new(
            soort,
            dossier.Id,
            index + 1,
            stap.Naam,
            versie,
            ontvangers,
            wachtOp,
            sinds,
            gewacht,
            Sleutel(dossier.Id, index + 1, versie, soort));
    }

    /// <summary>The occurrence key: dossier, step, version and kind. A new version or the next step gives a new key.</summary>
    public static string Sleutel(string dossierId, int stapNummer, int versie, HerinneringSoort soort) =>
        $"{dossierId}/stap-{stapNummer}/v{versie}/{soort.ToString().ToLowerInvariant()}";
}
