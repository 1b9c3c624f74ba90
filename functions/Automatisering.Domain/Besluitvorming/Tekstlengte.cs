namespace Automatisering.Domain.Besluitvorming;

/// <summary>
/// Upper bounds for free text that the template schemas do not cover (titles, comments, reasons, quotes). Checked
/// in the domain, so the API and the web interface refuse the same input at the same field, before anything is stored.
/// </summary>
public static class Tekstlengte
{
    /// <summary>A subject, title, name or other one-line text.</summary>
    public const int Kort = 300;

    /// <summary>A comment, reason, description or quote.</summary>
    public const int Lang = 2000;

    /// <summary>The text of a decision (Gewijzigd).</summary>
    public const int Besluittekst = 20000;

    /// <exception cref="ArgumentException">The text is longer than <paramref name="max"/>; names <paramref name="field"/>.</exception>
    public static void Bewaak(string? value, string field, int max)
    {
        if (value is { Length: var length } && length > max)
        {
            throw new ArgumentException($"Hoogstens {max} tekens; dit zijn er {length}.", field);
        }
    }
}
