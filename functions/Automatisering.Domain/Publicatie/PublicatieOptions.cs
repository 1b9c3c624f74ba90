namespace Automatisering.Domain.Publicatie;

/// <summary>
/// Where the public publication is reachable from outside (section <c>Automatisering:Publicatie</c>): the feed,
/// the sitemap and the API name absolute addresses, as aggregators and the Woo index require.
/// </summary>
public sealed class PublicatieOptions
{
    public const string Section = "Automatisering:Publicatie";

    /// <summary>The function app's public API root, e.g. https://automatisering.example/api.</summary>
    public string ApiBasisUrl { get; set; } = "http://localhost:7071/api";

    /// <summary>The web interface's root, where the public pages are (/openbaar/...).</summary>
    public string WebBasisUrl { get; set; } = "http://localhost:5080";

    public string Api => ApiBasisUrl.TrimEnd('/');

    public string Web => WebBasisUrl.TrimEnd('/');
}
