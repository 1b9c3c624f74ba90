namespace Automatisering.TemplateBuilder;

/// <summary>Direct run formatting; most formatting comes from styles so secretaries can restyle.</summary>
public sealed record Fmt(bool B = false, bool I = false, string? Color = null, int Sz = 0, bool Caps = false)
{
    public static readonly Fmt Bold = new(B: true);
    public static readonly Fmt Italic = new(I: true);
}
