using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kompetens.Bench;

/// <summary>
/// Tokens of the shape <c>dotnet user-jwts</c> makes (HS256, issuer <c>dotnet-user-jwts</c>, audience
/// <c>http://localhost:5080</c>), signed with the Development signing key it keeps in the service's user secrets,
/// which the service accepts in Development only. Minted here because the bench needs thousands of them.
/// </summary>
public sealed class DevTokens(byte[] key)
{
    public const string Issuer = "dotnet-user-jwts";
    public const string Audience = "http://localhost:5080";

    /// <summary>The key of the service's user secrets (<c>kompetens-api-dev</c>), which <c>dotnet user-jwts create</c> writes once per machine.</summary>
    public static DevTokens FromUserSecrets()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var path = Path.Combine(home, ".microsoft", "usersecrets", "kompetens-api-dev", "secrets.json");
        var secrets = JsonNode.Parse(File.ReadAllText(path))!;
        var value = secrets["Authentication:Schemes:DevJwt:SigningKeys"]![0]!["Value"]!.GetValue<string>();
        return new DevTokens(Convert.FromBase64String(value));
    }

    /// <summary>A signed-in employee, as the intranet calls on their behalf.</summary>
    public string User(Guid objectId) => Create(new JsonObject { ["sub"] = $"bench-{objectId:N}", ["scope"] = "Kompetens.Access", ["oid"] = objectId.ToString() });

    /// <summary>A daemon with one app role.</summary>
    public string App(string role) => Create(new JsonObject { ["sub"] = "bench-" + role, ["role"] = role, ["idtyp"] = "app" });

    private string Create(JsonObject claims)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        claims["aud"] = Audience;
        claims["iss"] = Issuer;
        claims["nbf"] = now - 60;
        claims["iat"] = now - 60;
        claims["exp"] = now + 24 * 3600;
        var unsigned = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8) + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(claims.ToJsonString()));
        return unsigned + "." + Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(unsigned)));
    }

    /// <summary>The baseline's check: the signature, the issuer, the audience and the lifetime, then who the caller is.</summary>
    public RawCaller? Validate(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        try
        {
            var expected = HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]));
            if (!CryptographicOperations.FixedTimeEquals(expected, Base64Url.DecodeFromChars(parts[2])))
            {
                return null;
            }

            using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            var root = payload.RootElement;
            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            if (root.GetProperty("iss").GetString() != Issuer || root.GetProperty("aud").GetString() != Audience
                || root.GetProperty("exp").GetInt64() < now || root.GetProperty("nbf").GetInt64() > now + 300)
            {
                return null;
            }

            return Caller(root);
        }
        catch (Exception ex) when (ex is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Who a validated token's claims say the caller is (Entra <c>scp</c>/<c>roles</c> or user-jwts <c>scope</c>/<c>role</c>).</summary>
    public static RawCaller Caller(JsonElement claims)
    {
        static IEnumerable<string> Values(JsonElement claims, string name, bool split) =>
            !claims.TryGetProperty(name, out var value) ? []
            : value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(v => v.GetString()!)
            : split ? value.GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [value.GetString()!];

        var oid = claims.TryGetProperty("oid", out var o) && Guid.TryParse(o.GetString(), out var parsed) ? parsed : (Guid?)null;
        return new RawCaller(oid,
            Values(claims, "roles", false).Concat(Values(claims, "role", false)).ToHashSet(StringComparer.Ordinal),
            Values(claims, "scp", true).Concat(Values(claims, "scope", true)).ToHashSet(StringComparer.Ordinal));
    }
}
