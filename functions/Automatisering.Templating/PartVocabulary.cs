using System.Text;

namespace Automatisering.Templating;

/// <summary>The fixed markup a part needs around values, spelled with the prefix that part binds to the WordprocessingML namespace.</summary>
internal sealed class PartVocabulary
{
    public static readonly PartVocabulary Default = new("w");

    public PartVocabulary(string prefix)
    {
        var p = prefix.Length == 0 ? "" : prefix + ":";
        RunStart = Encoding.UTF8.GetBytes($"<{p}r>");
        RunEnd = Encoding.UTF8.GetBytes($"</{p}r>");
        TextStart = Encoding.UTF8.GetBytes($"<{p}t xml:space=\"preserve\">");
        TextEnd = Encoding.UTF8.GetBytes($"</{p}t>");
        ValueEnd = Encoding.UTF8.GetBytes($"</{p}t></{p}r>");
        Break = Encoding.UTF8.GetBytes($"</{p}t><{p}br/><{p}t xml:space=\"preserve\">");
        Tab = Encoding.UTF8.GetBytes($"</{p}t><{p}tab/><{p}t xml:space=\"preserve\">");
        DrawingStart = Encoding.UTF8.GetBytes($"<{p}drawing>");
        DrawingEnd = Encoding.UTF8.GetBytes($"</{p}drawing></{p}r>");
        ParagraphEnd = Encoding.UTF8.GetBytes($"</{p}p>");
        EmptyParagraphStart = Encoding.UTF8.GetBytes($"<{p}p");
        EmptyParagraph = Encoding.UTF8.GetBytes($"<{p}p/>");
        PageBreakRun = $"<{p}r><{p}br {p}type=\"page\"/></{p}r>";
    }

    public byte[] ParagraphEnd { get; }

    /// <summary>Start of a self-closed paragraph (<c>&lt;w:p/&gt;</c> or <c>&lt;w:p w:rsidR="…"/&gt;</c>).</summary>
    public byte[] EmptyParagraphStart { get; }

    public byte[] EmptyParagraph { get; }

    public string PageBreakRun { get; }

    public byte[] RunStart { get; }

    public byte[] RunEnd { get; }

    public byte[] TextStart { get; }

    public byte[] TextEnd { get; }

    public byte[] ValueEnd { get; }

    public byte[] Break { get; }

    public byte[] Tab { get; }

    public byte[] DrawingStart { get; }

    public byte[] DrawingEnd { get; }
}
