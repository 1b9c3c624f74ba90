namespace Automatisering.Web;

/// <summary>The generated form as shown: its sections, the values to fill in and the errors per input name.</summary>
public sealed record FormulierWeergave(IReadOnlyList<FormulierSectie> Secties, IReadOnlyDictionary<string, string> Waarden, IReadOnlyDictionary<string, string> Fouten);
