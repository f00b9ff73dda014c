using System.Buffers.Text;
using System.Text.Json;
using Kompetens.GraphQL.Data.Sorting;

namespace Kompetens.GraphQL.Data.Paging;

/// <summary>
/// Opaque, URL-safe keyset cursors: the values of a row's sort keys, plus a fingerprint of the list and order they
/// belong to, so a cursor from another list or another order is refused instead of silently misread.
/// </summary>
internal static class Cursor
{
    public static string Encode(string fingerprint, object?[] values) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes<object?[]>([fingerprint, .. values]));

    public static bool TryDecode<T>(string cursor, string fingerprint, IReadOnlyList<SortKey<T>> keys, out object?[] values)
    {
        values = [];
        try
        {
            var elements = JsonSerializer.Deserialize<JsonElement[]>(Base64Url.DecodeFromChars(cursor));
            if (elements is null || elements.Length != keys.Count + 1 || elements[0].ValueKind != JsonValueKind.String || elements[0].GetString() != fingerprint)
            {
                return false;
            }

            values = new object?[keys.Count];
            for (var i = 0; i < keys.Count; i++)
            {
                values[i] = elements[i + 1].Deserialize(keys[i].ValueType);
            }

            return true;
        }
        catch (Exception ex) when (ex is FormatException or JsonException or NotSupportedException or InvalidOperationException)
        {
            return false;
        }
    }
}
