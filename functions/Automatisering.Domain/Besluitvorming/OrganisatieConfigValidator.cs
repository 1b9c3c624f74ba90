using System.Text.RegularExpressions;

namespace Automatisering.Domain.Besluitvorming;

/// <summary>Checks an <see cref="OrganisatieConfig"/> and returns every error with its location.</summary>
public static partial class OrganisatieConfigValidator
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex GemeentecodePattern();

    public static IReadOnlyList<ConfigFout> Validate(OrganisatieConfig config)
    {
        var fouten = new List<ConfigFout>();
        void Fout(string pad, string reden) => fouten.Add(new ConfigFout(pad, reden));

        var gemeenten = config.Gemeenten ?? [];
        var personen = config.Personen ?? [];
        if (gemeenten.Count == 0)
        {
            Fout("$.gemeenten", "at least one gemeente is required");
        }

        var slugs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < gemeenten.Count; i++)
        {
            var g = gemeenten[i];
            var pad = $"$.gemeenten[{i}]";
            if (string.IsNullOrWhiteSpace(g.Slug))
            {
                Fout($"{pad}.slug", "is required");
            }
            else if (!SlugPattern().IsMatch(g.Slug))
            {
                Fout($"{pad}.slug", $"'{g.Slug}' must be lower-case letters, digits and hyphens (e.g. 'de-marne')");
            }
            else if (!slugs.Add(g.Slug))
            {
                Fout($"{pad}.slug", $"duplicate gemeente slug '{g.Slug}'");
            }

            if (string.IsNullOrWhiteSpace(g.Naam))
            {
                Fout($"{pad}.naam", "is required");
            }

            if (g.Gemeentecode is { } code && !GemeentecodePattern().IsMatch(code))
            {
                Fout($"{pad}.gemeentecode", $"'{code}' must be the CBS gemeentecode: four digits (e.g. '0119')");
            }

            var verbanden = g.Samenwerkingsverbanden ?? [];
            for (var s = 0; s < verbanden.Count; s++)
            {
                if (string.IsNullOrWhiteSpace(verbanden[s]))
                {
                    Fout($"{pad}.samenwerkingsverbanden[{s}]", "must not be empty");
                }
            }

            if (g.Vergaderrooster is { } rooster)
            {
                ValidateRooster(rooster, $"{pad}.vergaderrooster", Fout);
            }
        }

        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < personen.Count; i++)
        {
            ValidatePersoon(personen[i], $"$.personen[{i}]", slugs, ids, Fout, slug => gemeenten.FirstOrDefault(g => string.Equals(g.Slug, slug, StringComparison.OrdinalIgnoreCase))?.Samenwerkingsverbanden);
        }

        // Two wethouders holding one portfolio would make the last route step ambiguous.
        foreach (var dubbel in personen
                     .Where(p => p.HasRol(Rol.Portefeuillehouder))
                     .SelectMany(p => (p.Portefeuilles ?? []).Select(f => (Persoon: p, Portefeuille: f.Trim().ToLowerInvariant())))
                     .GroupBy(x => (Gemeente: x.Persoon.Gemeente.ToLowerInvariant(), x.Portefeuille))
                     .Where(grp => grp.Count() > 1))
        {
            var index = IndexOf(personen, dubbel.Last().Persoon);
            Fout($"$.personen[{index}].portefeuilles",
                $"portefeuille '{dubbel.Key.Portefeuille}' in gemeente '{dubbel.Key.Gemeente}' is held by {string.Join(" and ", dubbel.Select(d => d.Persoon.Id))}");
        }

        for (var i = 0; i < gemeenten.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(gemeenten[i].Slug))
            {
                ValidateGemeenteBezetting(gemeenten[i], $"$.gemeenten[{i}]", personen, Fout);
            }
        }

        var vervangingen = config.Vervangingen ?? [];
        for (var i = 0; i < vervangingen.Count; i++)
        {
            ValidateVervanging(vervangingen[i], $"$.vervangingen[{i}]", config, Fout);
        }

        return fouten;
    }

    private static void ValidateRooster(Vergaderrooster r, string pad, Action<string, string> fout)
    {
        if (Vergaderkalender.ParseDag(r.Dag) is null)
        {
            fout($"{pad}.dag", $"'{r.Dag}' is not a Dutch weekday (maandag … zondag)");
        }

        if (!Vergaderkalender.IsTijd(r.Tijd))
        {
            fout($"{pad}.tijd", $"'{r.Tijd}' is not a time HH:mm");
        }

        if (!Vergaderkalender.IsTijd(r.SluitingTijd))
        {
            fout($"{pad}.sluitingTijd", $"'{r.SluitingTijd}' is not a time HH:mm");
        }

        if (r.SluitingDagenVooraf is < 0 or > 28)
        {
            fout($"{pad}.sluitingDagenVooraf", "must be between 0 and 28 days");
        }

        for (var i = 0; i < (r.Extra ?? []).Count; i++)
        {
            if (r.Extra![i].Tijd is { } tijd && !Vergaderkalender.IsTijd(tijd))
            {
                fout($"{pad}.extra[{i}].tijd", $"'{tijd}' is not a time HH:mm");
            }
        }
    }

    private static void ValidatePersoon(Persoon p, string pad, HashSet<string> slugs, HashSet<string> ids, Action<string, string> fout, Func<string, IReadOnlyList<string>?> gemeenteVerbanden)
    {
        if (string.IsNullOrWhiteSpace(p.Id))
        {
            fout($"{pad}.id", "is required");
        }
        else if (!ids.Add(p.Id))
        {
            fout($"{pad}.id", $"duplicate person id '{p.Id}'");
        }

        if (string.IsNullOrWhiteSpace(p.Naam))
        {
            fout($"{pad}.naam", "is required");
        }

        if (string.IsNullOrWhiteSpace(p.Initialen))
        {
            fout($"{pad}.initialen", "is required (shown in the parafen block)");
        }

        if (string.IsNullOrWhiteSpace(p.Email) || !p.Email.Contains('@') || p.Email.Contains(' '))
        {
            fout($"{pad}.email", $"'{p.Email}' is not an e-mail address");
        }

        if (string.IsNullOrWhiteSpace(p.Gemeente))
        {
            fout($"{pad}.gemeente", "is required");
        }
        else if (!slugs.Contains(p.Gemeente))
        {
            fout($"{pad}.gemeente", $"unknown gemeente '{p.Gemeente}'");
        }

        var rollen = p.Rollen ?? [];
        if (rollen.Count == 0)
        {
            fout($"{pad}.rollen", "at least one role is required");
        }

        for (var r = 0; r < rollen.Count; r++)
        {
            if (!Rollen.TryParse(rollen[r], out _))
            {
                fout($"{pad}.rollen[{r}]", $"unknown role '{rollen[r]}'; known roles: {string.Join(", ", Rollen.Names)}");
            }
        }

        var portefeuilles = p.Portefeuilles ?? [];
        if (p.HasRol(Rol.Portefeuillehouder) && portefeuilles.Count == 0)
        {
            fout($"{pad}.portefeuilles", "a portefeuillehouder needs at least one portefeuille");
        }
        else if (!p.HasRol(Rol.Portefeuillehouder) && portefeuilles.Count > 0)
        {
            fout($"{pad}.portefeuilles", "only a portefeuillehouder holds portefeuilles");
        }

        // An executing organisation supplies reports to one cooperation, one its own gemeente takes part in.
        var verband = p.Samenwerkingsverband;
        if (p.HasRol(Rol.Uitvoeringsorganisatie) && string.IsNullOrWhiteSpace(verband))
        {
            fout($"{pad}.samenwerkingsverband", "an uitvoeringsorganisatie needs the samenwerkingsverband it works for");
        }
        else if (!p.HasRol(Rol.Uitvoeringsorganisatie) && !string.IsNullOrWhiteSpace(verband))
        {
            fout($"{pad}.samenwerkingsverband", "only an uitvoeringsorganisatie belongs to a samenwerkingsverband");
        }
        else if (!string.IsNullOrWhiteSpace(verband) && gemeenteVerbanden(p.Gemeente) is { } verbanden && !verbanden.Contains(verband, StringComparer.OrdinalIgnoreCase))
        {
            fout($"{pad}.samenwerkingsverband", $"gemeente '{p.Gemeente}' does not take part in '{verband}'");
        }

        for (var f = 0; f < portefeuilles.Count; f++)
        {
            if (string.IsNullOrWhiteSpace(portefeuilles[f]))
            {
                fout($"{pad}.portefeuilles[{f}]", "must not be empty");
            }
        }
    }

    private static void ValidateGemeenteBezetting(Gemeente g, string pad, IReadOnlyList<Persoon> personen, Action<string, string> fout)
    {
        var eigen = personen.Where(p => string.Equals(p.Gemeente, g.Slug, StringComparison.OrdinalIgnoreCase)).ToList();
        bool Heeft(Rol rol) => eigen.Any(p => p.HasRol(rol));

        // Authors, escalation and recording decisions need these roles even when the route does not name them.
        foreach (var verplicht in new[] { Rol.Medewerker, Rol.Gemeentesecretaris, Rol.Bestuurssecretariaat, Rol.Portefeuillehouder })
        {
            if (!Heeft(verplicht))
            {
                fout(pad, $"nobody in gemeente '{g.Slug}' has role '{verplicht.ToConfigName()}'");
            }
        }

        var route = g.Route;
        if (route is null)
        {
            fout($"{pad}.route", "is required");
            return;
        }

        var stappen = route.Stappen ?? [];
        if (stappen.Count == 0)
        {
            fout($"{pad}.route.stappen", "at least one step is required");
        }

        var afdelingen = eigen.Where(p => p.HasRol(Rol.Medewerker) && !string.IsNullOrWhiteSpace(p.Afdeling))
            .Select(p => p.Afdeling!).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        for (var s = 0; s < stappen.Count; s++)
        {
            var stap = stappen[s];
            var stapPad = $"{pad}.route.stappen[{s}]";
            var rollen = stap.Rollen ?? [];
            if (rollen.Count == 0)
            {
                fout($"{stapPad}.rollen", "at least one role is required");
            }

            var gezien = new HashSet<Rol>();
            for (var r = 0; r < rollen.Count; r++)
            {
                var rolPad = $"{stapPad}.rollen[{r}]";
                if (!Rollen.TryParse(rollen[r], out var rol))
                {
                    fout(rolPad, $"unknown role '{rollen[r]}'; known roles: {string.Join(", ", Rollen.Names)}");
                    continue;
                }

                if (!gezien.Add(rol))
                {
                    fout(rolPad, $"role '{rol.ToConfigName()}' appears twice in this step");
                }

                if (rol is Rol.Medewerker or Rol.Bestuurssecretariaat)
                {
                    fout(rolPad, $"role '{rol.ToConfigName()}' cannot be a paraaf step (the medewerker is the author, the bestuurssecretariaat records decisions)");
                }
                else if (!Heeft(rol))
                {
                    fout(rolPad, $"nobody in gemeente '{g.Slug}' has role '{rol.ToConfigName()}'");
                }
                else if (rol is Rol.Afdelingsmanager or Rol.Teamleider)
                {
                    foreach (var afdeling in afdelingen.Where(a => !eigen.Any(p => p.HasRol(rol) &&
                                 (p.Afdeling is null || string.Equals(p.Afdeling, a, StringComparison.OrdinalIgnoreCase)))))
                    {
                        fout(rolPad, $"no {rol.ToConfigName()} in gemeente '{g.Slug}' for afdeling '{afdeling}'");
                    }
                }

                if (rol == Rol.Portefeuillehouder && (s != stappen.Count - 1 || rollen.Count != 1 || stap.When is not null))
                {
                    fout(rolPad, "the portefeuillehouder must be the last step, alone and unconditional: that paraaf puts the item on a meeting");
                }
            }

            if (stap.When is not null && !RouteVoorwaarden.IsKnown(stap.When))
            {
                fout($"{stapPad}.when", $"unknown condition '{stap.When}'; known: {string.Join(", ", RouteVoorwaarden.All)}");
            }
        }

        if (stappen.Count > 0 && !(stappen[^1].Rollen ?? []).Any(r => Rollen.TryParse(r, out var rol) && rol == Rol.Portefeuillehouder))
        {
            fout($"{pad}.route.stappen[{stappen.Count - 1}]", "the last step must be the portefeuillehouder");
        }

        if (route.HerinneringNaWerkdagen < 1)
        {
            fout($"{pad}.route.herinneringNaWerkdagen", "must be at least 1 working day");
        }

        if (route.EscalatieNaWerkdagen <= route.HerinneringNaWerkdagen)
        {
            fout($"{pad}.route.escalatieNaWerkdagen",
                $"must be more than herinneringNaWerkdagen ({route.HerinneringNaWerkdagen}), else the escalation comes before the reminder");
        }

        var herstart = route.Herstart;
        if (herstart is null)
        {
            fout($"{pad}.route.herstart", "is required");
        }
        else if (!Herstart.TryParseRegel(herstart.Regel, out var regel))
        {
            fout($"{pad}.route.herstart.regel", $"unknown rule '{herstart.Regel}'; known: {string.Join(", ", Enum.GetNames<HerstartRegel>().Select(JsonNaming))}");
        }
        else if (regel == HerstartRegel.VanafStap && (herstart.Stap is null || herstart.Stap < 1 || herstart.Stap > stappen.Count))
        {
            fout($"{pad}.route.herstart.stap", $"rule 'vanafStap' needs a step number from 1 to {stappen.Count}");
        }
        else if (regel != HerstartRegel.VanafStap && herstart.Stap is not null)
        {
            fout($"{pad}.route.herstart.stap", $"only rule 'vanafStap' takes a step number");
        }
    }

    private static void ValidateVervanging(Vervanging v, string pad, OrganisatieConfig config, Action<string, string> fout)
    {
        var vervanger = string.IsNullOrWhiteSpace(v.Vervanger) ? null : config.FindPersoon(v.Vervanger);
        var vervangt = string.IsNullOrWhiteSpace(v.Vervangt) ? null : config.FindPersoon(v.Vervangt);
        if (vervanger is null)
        {
            fout($"{pad}.vervanger", string.IsNullOrWhiteSpace(v.Vervanger) ? "is required" : $"unknown person '{v.Vervanger}'");
        }

        if (vervangt is null)
        {
            fout($"{pad}.vervangt", string.IsNullOrWhiteSpace(v.Vervangt) ? "is required" : $"unknown person '{v.Vervangt}'");
        }

        if (vervanger is not null && vervangt is not null)
        {
            if (ReferenceEquals(vervanger, vervangt))
            {
                fout($"{pad}.vervanger", "a person cannot substitute for themselves");
            }
            else if (!string.Equals(vervanger.Gemeente, vervangt.Gemeente, StringComparison.OrdinalIgnoreCase))
            {
                fout($"{pad}.vervanger", $"'{vervanger.Id}' works for '{vervanger.Gemeente}' but '{vervangt.Id}' for '{vervangt.Gemeente}'");
            }
        }

        if (v.Van == default)
        {
            fout($"{pad}.van", "is required");
        }

        if (v.Tot == default)
        {
            fout($"{pad}.tot", "is required");
        }
        else if (v.Tot < v.Van)
        {
            fout($"{pad}.tot", $"end {v.Tot:yyyy-MM-dd} is before start {v.Van:yyyy-MM-dd}");
        }
    }

    private static string JsonNaming(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static int IndexOf(IReadOnlyList<Persoon> personen, Persoon persoon)
    {
        for (var i = 0; i < personen.Count; i++)
        {
            if (ReferenceEquals(personen[i], persoon))
            {
                return i;
            }
        }

        return -1;
    }
}
