using System.Buffers.Text;
using System.Text;

namespace Kompetens.GraphQL.Data.Ids;

/// <summary>
/// Relay global object identifiers in HotChocolate's format since v14 — <c>TypeName:</c> followed by the 16 raw
/// bytes of a UUID — encoded as URL-safe base64 without padding, so that ids can go in URLs unescaped.
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
            return false;
        }

        typeName = Encoding.UTF8.GetString(bytes[..separator]);
        id = new Guid(bytes.Slice(separator + 1, 16));
        return typeName.Length > 0;
    }
}
