using System.Buffers.Text;
using System.Text;

namespace Kompetens.Bench;

/// <summary>The API's Relay global ids (<c>TypeName:</c> and the UUID's 16 bytes, URL-safe base64), written and read by the bench.</summary>
public static class GlobalIds
{
    public static string Format(string typeName, Guid id)
    {
        var prefix = Encoding.UTF8.GetBytes(typeName + ":");
        var bytes = new byte[prefix.Length + 16];
        prefix.CopyTo(bytes, 0);
        id.TryWriteBytes(bytes.AsSpan(prefix.Length));
        return Base64Url.EncodeToString(bytes);
    }

    public static bool TryParse(string value, string typeName, out Guid id)
    {
        id = Guid.Empty;
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(value);
        }
        catch (FormatException)
        {
            return false;
        }

        var prefix = Encoding.UTF8.GetBytes(typeName + ":");
        if (bytes.Length != prefix.Length + 16 || !bytes.AsSpan(0, prefix.Length).SequenceEqual(prefix))
        {
            return false;
        }

        id = new Guid(bytes.AsSpan(prefix.Length));
        return true;
    }
}
