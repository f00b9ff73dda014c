using System.Buffers.Text;
using System.Text;

namespace Kompetens.GraphQL.Data.Ids;

/// <summary>
/// Relay global object identifiers in HotChocolate's format since v14 — <c>TypeName:</c> followed by the 16 raw
/// bytes of a UUID — encoded as URL-safe base64 without padding, so that ids can go in URLs unescaped.
/// Ids in HotChocolate 13's format (<c>LegacyNodeIdSerializer</c>: base64 of <c>TypeName\n</c>, then <c>g</c> and the
/// UUID as 32 hex digits, or <c>d</c> and the UUID as text) are read too, so that clients that stored ids from a
/// HotChocolate 13 server keep working; this server only issues the new format.
/// </summary>
public static class GlobalId
{
    private const int MaxLength = 256;

    public static string Format(string typeName, Guid id)
    {
        var prefix = Encoding.UTF8.GetByteCount(typeName);
        Span<byte> bytes = stackalloc byte[prefix + 1 + 16];
        Encoding.UTF8.GetBytes(typeName, bytes);
        bytes[prefix] = (byte)':';
        id.TryWriteBytes(bytes[(prefix + 1)..]);
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>Reads a global ID; false for anything this server did not issue.</summary>
    public static bool TryParse(string? value, out string typeName, out Guid id)
    {
        typeName = "";
        id = Guid.Empty;
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength)
        {
            return false;
        }

        // Accept the standard alphabet and padding too: clients sometimes re-encode ids.
        var normalized = value.TrimEnd('=').Replace('+', '-').Replace('/', '_');
        Span<byte> bytes = stackalloc byte[MaxLength];
        if (Base64Url.DecodeFromChars(normalized, bytes, out _, out var written) != System.Buffers.OperationStatus.Done || written < 18)
        {
            return false;
        }

        var separator = written - 17;
        if (bytes[separator] != (byte)':')
        {
            return TryParseLegacy(bytes[..written], out typeName, out id);
        }

        typeName = Encoding.UTF8.GetString(bytes[..separator]);
        id = new Guid(bytes.Slice(separator + 1, 16));
        return typeName.Length > 0;
    }

    /// <summary>HotChocolate 13: <c>TypeName\ng&lt;32 hex digits&gt;</c> or <c>TypeName\nd&lt;UUID text&gt;</c>.</summary>
    private static bool TryParseLegacy(ReadOnlySpan<byte> bytes, out string typeName, out Guid id)
    {
        typeName = "";
        id = Guid.Empty;
        var separator = bytes.IndexOf((byte)'\n');
        if (separator < 1 || separator + 2 > bytes.Length)
        {
            return false;
        }

        var value = Encoding.UTF8.GetString(bytes[(separator + 2)..]);
        var parsed = bytes[separator + 1] switch
        {
            (byte)'g' => Guid.TryParseExact(value, "N", out id),
            (byte)'d' => Guid.TryParse(value, out id),
            _ => false,
        };
        if (!parsed)
        {
            return false;
        }

        typeName = Encoding.UTF8.GetString(bytes[..separator]);
        return true;
    }
}
