namespace Automatisering.Web;

/// <summary>What an input inside <see cref="VeldHtml.Veld"/> carries: its id and the attributes that tie it to its hint and error.</summary>
/// <param name="Beschrijving">For <c>aria-describedby</c>: the hint's and error's ids; null when there is neither.</param>
/// <param name="Ongeldig">For <c>aria-invalid</c>: "true" when the input has an error, else null (attribute left out).</param>
public sealed record VeldInvoer(string Id, string? Beschrijving, string? Ongeldig);
