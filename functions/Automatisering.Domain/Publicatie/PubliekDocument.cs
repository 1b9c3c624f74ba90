namespace Automatisering.Domain.Publicatie;

/// <summary>
/// A published document with its Woo active-publication metadata (DiWoo): the decision of one item, or the public
/// besluitenlijst of one meeting. <see cref="Informatiecategorie"/> is the short kind ("besluit",
/// "vergaderstukken"); the Woo category with its TOOI identifier is in <see cref="Woo"/>.
/// </summary>
public sealed record PubliekDocument(
    string Id,
    string Url,
    string OfficieleTitel,
    string Documentsoort,
    string Informatiecategorie,
    string ContentType,
    DateOnly Creatiedatum,
    DateTimeOffset Openbaarmakingsdatum,
    DateTimeOffset GewijzigdOp,
    string Publisher,
    string PublisherResource,
    string Verantwoordelijke,
    IReadOnlyList<(string Soort, DateTimeOffset Op)> Documenthandelingen)
{
    public const string Taal = "nl";
    public const string TaalResource = "http://publications.europa.eu/resource/authority/language/NLD";
    public const string TaalLabel = "Nederlands";

    /// <summary>Woo art. 3.3 lid 2 sub d: agenda's en besluitenlijsten van bestuurscolleges (TOOI waardelijst).</summary>
    public const string CategorieResource = "https://identifier.overheid.nl/tooi/def/thes/kern/c_5540d806";
    public const string CategorieLabel = "agenda's en besluitenlijsten bestuurscolleges";
}
