namespace Kompetens.Api.DemoData;

/// <summary>
/// Guids that come out the same on every run, because they are drawn from a seeded generator instead of
/// <see cref="Guid.CreateVersion7()"/>'s randomness: tests and the README can then name rows by id.
/// </summary>
internal sealed class DeterministicGuids(int seed)
{
    private readonly Random random = new(seed);

    /// <summary>A version 7 UUID (RFC 9562) whose time part is <paramref name="createdAt"/>, so ids still sort by creation like real ones.</summary>
    public Guid Version7(DateTimeOffset createdAt)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        var milliseconds = createdAt.ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(milliseconds >> (8 * (5 - i)));
        }

        return WithVersion(bytes, 7);
    }

    /// <summary>A random-looking version 4 UUID, the shape Entra ID gives object ids.</summary>
    public Guid Version4()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return WithVersion(bytes, 4);
    }

    private static Guid WithVersion(Span<byte> bytes, int version)
    {
        bytes[6] = (byte)((version << 4) | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }
}
