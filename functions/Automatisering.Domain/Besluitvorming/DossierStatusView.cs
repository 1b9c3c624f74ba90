namespace Automatisering.Domain.Besluitvorming;

/// <summary>A dossier as the status endpoint shows it: where it is, who signed when, whom it waits on.</summary>
public sealed record DossierStatusView(
    string Id,
    string Gemeente,
    string Onderwerp,
    string Portefeuille,
    string AuteurId,
    DossierStatus Status,
    DocumentVersie Versie,
    IReadOnlyList<RouteStapStatus> Route,
    IReadOnlyList<Wachtende> WachtOp,
    DateOnly? Vergaderdatum,
    GenomenBesluit? Besluit,
    IReadOnlyList<Opmerking> Opmerkingen,
    System.Text.Json.JsonElement Velden,
    bool FinancieleGevolgen,
    string ETag,
    string? Registratienummer = null)
{
    public static DossierStatusView From(Dossier dossier, OrganisatieConfig org, DateTimeOffset now, Azure.ETag etag) => new(
        dossier.Id, dossier.Gemeente, dossier.Onderwerp, dossier.Portefeuille, dossier.AuteurId, dossier.Status, dossier.HuidigeVersie,
        dossier.RouteProgress(org, now), dossier.WaitingOn(org, now), dossier.Vergaderdatum, dossier.Besluit, dossier.Opmerkingen,
        dossier.Velden, dossier.FinancieleGevolgen, etag.ToString(), dossier.Registratienummer);
}
