namespace Automatisering.Domain.Besluitvorming;

/// <summary>A person the dossier waits on; <see cref="NamensPersoonId"/> is set when they would act as a substitute.</summary>
public sealed record Wachtende(string PersoonId, string Naam, Rol Rol, string? NamensPersoonId);
