namespace Automatisering.Domain.Besluitvorming;

/// <summary>Where the organisation configuration is (section <c>Automatisering:Organisatie</c>).</summary>
public sealed class OrganisatieOptions
{
    public const string Section = "Automatisering:Organisatie";

    /// <summary>The JSON file with gemeenten, people, substitutes and routes; default: the sample next to the app.</summary>
    public string? Path { get; set; }

    public string ResolvedPath => string.IsNullOrWhiteSpace(Path)
        ? System.IO.Path.Combine(AppContext.BaseDirectory, "Besluitvorming", "organisatie.json")
        : System.IO.Path.GetFullPath(Path);
}
