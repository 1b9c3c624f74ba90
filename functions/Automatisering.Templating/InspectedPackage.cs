namespace Automatisering.Templating;

/// <summary>A package that passed <see cref="TemplatePackageInspector"/>: its entries, already inflated within the limits.</summary>
public sealed class InspectedPackage
{
    internal InspectedPackage(IReadOnlyList<PackageEntry> entries, string mainPartName, byte[] rawBytes, IReadOnlyList<TemplateProblem> neutralised)
    {
        Neutralised = neutralised;
        RawBytes = rawBytes;
        Entries = entries;
        MainPartName = mainPartName;
    }

    public IReadOnlyList<PackageEntry> Entries { get; }

    /// <summary>Zip entry name of the main document part, normally <c>word/document.xml</c>.</summary>
    public string MainPartName { get; }

    /// <summary>
    /// What the inspection changed instead of refusing (a link to the author's local .dotx dropped, a .dotx used as
    /// its document), in Dutch, so a template manager can see it. <see cref="Entries"/> already hold the changed parts.
    /// </summary>
    public IReadOnlyList<TemplateProblem> Neutralised { get; }

    internal byte[] RawBytes { get; }

    public PackageEntry? Find(string name) => Entries.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.Ordinal));
}
