using System.Buffers.Binary;

namespace Automatisering.Templating;

/// <summary>A decoded PNG or JPEG with its pixel size, read from the file header (no image library needed for that).</summary>
internal sealed record ImageData(byte[] Bytes, string Extension, int WidthPx, int HeightPx)
{
    public static bool TryDecode(string value, out ImageData? image, out string reason)
    {
        image = null;
        var base64 = value.AsSpan().Trim();
        if (base64.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            var comma = base64.IndexOf(',');
            if (comma < 0 || !base64[..comma].EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
            {
                reason = "data-URI zonder ;base64,";
                return false;
            }

            base64 = base64[(comma + 1)..];
        }

        var bytes = new byte[base64.Length * 3 / 4 + 3];
        if (!Convert.TryFromBase64Chars(base64, bytes, out var length))
        {
            reason = "geen geldige base64";
            return false;
        }

        Array.Resize(ref bytes, length);
        if (TryReadPng(bytes, out var w, out var h))
        {
            image = new ImageData(bytes, "png", w, h);
        }
        else if (TryReadJpeg(bytes, out w, out h))
        {
            image = new ImageData(bytes, "jpeg", w, h);
        }
        else
        {
            reason = "geen PNG- of JPEG-afbeelding";
            return false;
        }

        if (w <= 0 || h <= 0 || w > 20000 || h > 20000)
        {
            image = null;
            reason = $"onmogelijke afmetingen {w}x{h}";
            return false;
        }

        reason = "";
        return true;
    }

    private static bool TryReadPng(ReadOnlySpan<byte> data, out int width, out int height)
    {
        width = height = 0;
        ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (data.Length < 24 || !data[..8].SequenceEqual(signature) || !data.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            return false;
        }

        width = BinaryPrimitives.ReadInt32BigEndian(data.Slice(16, 4));
        height = BinaryPrimitives.ReadInt32BigEndian(data.Slice(20, 4));
        return true;
    }

    private static bool TryReadJpeg(ReadOnlySpan<byte> data, out int width, out int height)
    {
        width = height = 0;
        if (data.Length < 4 || data[0] != 0xFF || data[1] != 0xD8)
        {
            return false;
        }

        var i = 2;
        while (i + 9 < data.Length)
        {
            if (data[i] != 0xFF)
            {
                return false;
            }

            var marker = data[i + 1];
            if (marker == 0xFF)
            {
                i++;
                continue;
            }

            var segmentLength = BinaryPrimitives.ReadUInt16BigEndian(data.Slice(i + 2, 2));
            // SOF0..SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but are not frames.
            if (marker is >= 0xC0 and <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)
            {
                height = BinaryPrimitives.ReadUInt16BigEndian(data.Slice(i + 5, 2));
                width = BinaryPrimitives.ReadUInt16BigEndian(data.Slice(i + 7, 2));
                return true;
            }

            i += 2 + segmentLength;
        }

        return false;
    }
}
