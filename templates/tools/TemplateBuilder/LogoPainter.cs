using System.IO.Compression;

namespace Automatisering.TemplateBuilder;

/// <summary>
/// Paints a small placeholder logo (coloured shape with white initials) as a PNG, so the repository
/// carries no third-party artwork and the output is reproducible.
/// </summary>
public static class LogoPainter
{
    private const int Size = 120;
    private const int Scale = 6;

    private static readonly Dictionary<char, string[]> Glyphs = new()
    {
        ['B'] = ["#### ", "#   #", "#   #", "#### ", "#   #", "#   #", "#### "],
        ['D'] = ["#### ", "#   #", "#   #", "#   #", "#   #", "#   #", "#### "],
        ['E'] = ["#####", "#    ", "#    ", "#### ", "#    ", "#    ", "#####"],
        ['G'] = [" ### ", "#   #", "#    ", "# ###", "#   #", "#   #", " ### "],
        ['I'] = [" ### ", "  #  ", "  #  ", "  #  ", "  #  ", "  #  ", " ### "],
        ['M'] = ["#   #", "## ##", "# # #", "# # #", "#   #", "#   #", "#   #"],
        ['P'] = ["#### ", "#   #", "#   #", "#### ", "#    ", "#    ", "#    "],
        ['S'] = [" ####", "#    ", "#    ", " ### ", "    #", "    #", "#### "],
        ['T'] = ["#####", "  #  ", "  #  ", "  #  ", "  #  ", "  #  ", "  #  "],
        ['V'] = ["#   #", "#   #", "#   #", "#   #", "#   #", " # # ", "  #  "],
        ['W'] = ["#   #", "#   #", "#   #", "# # #", "# # #", "## ##", "#   #"],
        ['Z'] = ["#####", "    #", "   # ", "  #  ", " #   ", "#    ", "#####"],
    };

    public static byte[] Paint(HouseStyle style)
    {
        var rgb = Convert.FromHexString(style.Accent);
        var px = new byte[Size * Size * 4];
        for (var y = 0; y < Size; y++)
            for (var x = 0; x < Size; x++)
                if (Inside(style.Shape, x + 0.5, y + 0.5))
                    Set(px, x, y, rgb[0], rgb[1], rgb[2]);

        var text = style.Initials;
        var width = text.Length * 5 * Scale + (text.Length - 1) * Scale;
        var left = (Size - width) / 2;
        var top = (Size - 7 * Scale) / 2;
        for (var c = 0; c < text.Length; c++)
        {
            var glyph = Glyphs[text[c]];
            for (var gy = 0; gy < 7; gy++)
                for (var gx = 0; gx < 5; gx++)
                    if (glyph[gy][gx] == '#')
                        for (var dy = 0; dy < Scale; dy++)
                            for (var dx = 0; dx < Scale; dx++)
                                Set(px, left + c * 6 * Scale + gx * Scale + dx, top + gy * Scale + dy, 255, 255, 255);
        }
        return EncodePng(px);
    }

    private static void Set(byte[] px, int x, int y, byte r, byte g, byte b)
    {
        var i = (y * Size + x) * 4;
        px[i] = r; px[i + 1] = g; px[i + 2] = b; px[i + 3] = 255;
    }

    private static bool Inside(LogoShape shape, double x, double y)
    {
        const double c = Size / 2.0;
        double dx = x - c, dy = y - c;
        return shape switch
        {
            LogoShape.Circle => dx * dx + dy * dy <= 58 * 58,
            LogoShape.Diamond => Math.Abs(dx) + Math.Abs(dy) <= 62,
            LogoShape.Hexagon => Math.Abs(dy) <= 52 && Math.Abs(dx) * 0.866 + Math.Abs(dy) * 0.5 <= 52,
            LogoShape.Shield => y >= 4 && x >= 8 && x <= Size - 8 && (y <= 70 || Math.Abs(dx) <= (Size - 4 - y) * 1.05),
            _ => RoundedSquare(x, y),
        };
    }

    private static bool RoundedSquare(double x, double y)
    {
        const double m = 4, r = 18;
        if (x < m || y < m || x > Size - m || y > Size - m) return false;
        var cx = Math.Clamp(x, m + r, Size - m - r);
        var cy = Math.Clamp(y, m + r, Size - m - r);
        return (x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r;
    }

    private static byte[] EncodePng(byte[] rgba)
    {
        using var raw = new MemoryStream();
        for (var y = 0; y < Size; y++)
        {
            raw.WriteByte(0);
            raw.Write(rgba, y * Size * 4, Size * 4);
        }
        using var z = new MemoryStream();
        using (var zs = new ZLibStream(z, CompressionLevel.SmallestSize, leaveOpen: true))
            zs.Write(raw.ToArray());

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        WriteBe(ihdr, 0, Size);
        WriteBe(ihdr, 4, Size);
        ihdr[8] = 8; ihdr[9] = 6; // 8-bit RGBA
        Chunk(png, "IHDR", ihdr);
        Chunk(png, "IDAT", z.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        var len = new byte[4];
        WriteBe(len, 0, data.Length);
        s.Write(len);
        var body = new byte[4 + data.Length];
        System.Text.Encoding.ASCII.GetBytes(type).CopyTo(body, 0);
        data.CopyTo(body, 4);
        s.Write(body);
        var crc = new byte[4];
        WriteBe(crc, 0, (int)System.IO.Hashing.Crc32.HashToUInt32(body));
        s.Write(crc);
    }

    private static void WriteBe(byte[] b, int o, int v)
    {
        b[o] = (byte)(v >> 24); b[o + 1] = (byte)(v >> 16); b[o + 2] = (byte)(v >> 8); b[o + 3] = (byte)v;
    }
}
