using System.Buffers.Binary;
using System.IO.Compression;

namespace GuidanceBot.IntegrationTests.Channels.BotConnector.Teams;

/// <summary>Just enough PNG reading to check the app icons: the IHDR size and, for 8-bit RGBA, the pixels.</summary>
public static class PngHeader
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public sealed record Header(int Width, int Height, byte BitDepth, byte ColorType);

    public static Header Read(byte[] png)
    {
        Assert.True(png.AsSpan(0, 8).SequenceEqual(Signature), "not a PNG file");
        // The first chunk must be IHDR: length, "IHDR", width, height, bit depth, colour type.
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return new Header(
            BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)), png[24], png[25]);
    }

    /// <summary>RGBA pixels of an 8-bit RGBA PNG whose rows use filter 0 (none), as appPackage/make_icons.py writes them.</summary>
    public static IReadOnlyList<(byte R, byte G, byte B, byte A)> Pixels(byte[] png)
    {
        var header = Read(png);
        Assert.Equal((8, 6), (header.BitDepth, header.ColorType));
        using var idat = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            if (System.Text.Encoding.ASCII.GetString(png, at + 4, 4) == "IDAT") idat.Write(png, at + 8, length);
            at += 12 + length;
        }
        idat.Position = 0;
        using var raw = new MemoryStream();
        using (var z = new ZLibStream(idat, CompressionMode.Decompress)) z.CopyTo(raw);
        var bytes = raw.ToArray();
        var stride = 1 + header.Width * 4;
        var pixels = new List<(byte, byte, byte, byte)>();
        for (var y = 0; y < header.Height; y++)
        {
            Assert.Equal(0, bytes[y * stride]);
            for (var x = 0; x < header.Width; x++)
            {
                var p = y * stride + 1 + x * 4;
                pixels.Add((bytes[p], bytes[p + 1], bytes[p + 2], bytes[p + 3]));
            }
        }
        return pixels;
    }
}
