using System.Text.Json;

namespace Automatisering.Domain.Besluitvorming;

/// <summary>What a version was made from: its fields and the financial-consequences flag, kept per version for the comparison.</summary>
public sealed record VersieInhoud(JsonElement Velden, bool FinancieleGevolgen);
