using System.IO.Compression;

namespace Automatisering.Templating;

/// <summary>Limits for uploads and choices for rendering. The defaults suit Word templates of a few MB.</summary>
public sealed record TemplateOptions
{
    public static TemplateOptions Default { get; } = new();

    /// <summary>Largest accepted upload (the zip itself).</summary>
    public long MaxPackageBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Most zip entries a package may have (a .docx has 10–40).</summary>
    public int MaxEntries { get; init; } = 1000;

    /// <summary>Largest total of the uncompressed sizes declared in the central directory.</summary>
    public long MaxTotalUncompressedBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>Highest uncompressed/compressed ratio of an entry larger than <see cref="CompressionRatioThresholdBytes"/>.</summary>
    public double MaxCompressionRatio { get; init; } = 100;

    /// <summary>Small entries may compress extremely well (empty XML parts); the ratio check starts above this size.</summary>
    public long CompressionRatioThresholdBytes { get; init; } = 1024 * 1024;

    /// <summary>Passed to the Open XML SDK as <c>OpenSettings.MaxCharactersInPart</c>.</summary>
    public long MaxCharactersInPart { get; init; } = 50_000_000;

    /// <summary>
    /// Hyperlinks to web sites are external relationships too. They are refused by default because a
    /// template should not make a rendered document phone home; set to true to allow only hyperlink ones.
    /// </summary>
    public bool AllowExternalHyperlinks { get; init; }

    /// <summary>Images wider than this are scaled down proportionally (A4 with 2.5 cm margins is 16 cm wide). Null: never scaled.</summary>
    public double? MaxImageWidthCm { get; init; } = 16.0;

    /// <summary>Deflate level of the rendered XML parts.</summary>
    public CompressionLevel CompressionLevel { get; init; } = CompressionLevel.Fastest;
}
