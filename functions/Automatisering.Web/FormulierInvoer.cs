using System.Text.Json;
using System.Text.Json.Nodes;

namespace Automatisering.Web;

/// <summary>
/// The posted form read into dossier fields. Empty rows of list fields are left out, so <see cref="RijIndex"/>
/// maps a field path's row number back to the row on the form for the error messages.
/// </summary>
public sealed record FormulierInvoer(JsonElement Velden, IReadOnlyDictionary<string, IReadOnlyList<int>> RijIndex);
