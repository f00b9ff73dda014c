using Kompetens.GraphQL.Data.Ids;

namespace Kompetens.GraphQL.Data.Tests;

public sealed class GlobalIdTests
{
    [Fact]
    public void Round_trips_type_name_and_key()
    {
        var key = Guid.CreateVersion7();

        Assert.True(GlobalId.TryParse(GlobalId.Format("Gadget", key), out var typeName, out var parsed));
        Assert.Equal("Gadget", typeName);
        Assert.Equal(key, parsed);
    }

    [Fact]
    public void Uses_hotchocolates_layout_type_name_colon_and_raw_uuid_bytes()
    {
        var key = Guid.Parse("0199d5d8-1234-7000-8000-00000000abcd");

        var bytes = Convert.FromBase64String(Pad(GlobalId.Format("Gadget", key).Replace('-', '+').Replace('_', '/')));

        Assert.Equal("Gadget:"u8.ToArray(), bytes[..7]);
        Assert.Equal(key.ToByteArray(), bytes[7..]);
    }

    [Fact]
    public void Is_url_safe_without_padding()
    {
        for (var i = 0; i < 200; i++)
        {
            var id = GlobalId.Format("Gadget", Guid.NewGuid());
            Assert.DoesNotContain('+', id);
            Assert.DoesNotContain('/', id);
            Assert.DoesNotContain('=', id);
        }
    }

    [Fact]
    public void Accepts_the_standard_base64_alphabet_with_padding()
    {
        var key = Guid.NewGuid();
        var standard = Pad(GlobalId.Format("Gadget", key).Replace('-', '+').Replace('_', '/'));

        Assert.True(GlobalId.TryParse(standard, out _, out var parsed));
        Assert.Equal(key, parsed);
    }

    [Theory]
    [InlineData("R2FkZ2V0CmcwMTk5ZDVkODEyMzQ3MDAwODAwMDAwMDAwMDAwYWJjZA==")] // base64("Gadget\ng0199d5d812347000800000000000abcd")
    [InlineData("R2FkZ2V0CmcwMTk5ZDVkODEyMzQ3MDAwODAwMDAwMDAwMDAwYWJjZA")] // the same without padding
    [InlineData("R2FkZ2V0CmQwMTk5ZDVkOC0xMjM0LTcwMDAtODAwMC0wMDAwMDAwMGFiY2Q=")] // base64("Gadget\nd0199d5d8-1234-7000-8000-00000000abcd")
    public void Accepts_hotchocolate_13_legacy_ids(string legacy)
    {
        Assert.True(GlobalId.TryParse(legacy, out var typeName, out var parsed));
        Assert.Equal("Gadget", typeName);
        Assert.Equal(Guid.Parse("0199d5d8-1234-7000-8000-00000000abcd"), parsed);
    }

    [Fact]
    public void Reads_a_legacy_id_the_way_hotchocolate_13_wrote_it()
    {
        var key = Guid.NewGuid();
        var legacy = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"Gadget\ng{key:N}"));

        Assert.True(GlobalId.TryParse(legacy, out _, out var parsed));
        Assert.Equal(key, parsed);
    }

    [Theory]
    [InlineData("R2FkZ2V0Cmk0Mg==")] // base64("Gadget\ni42"): an int key, which no type here has
    [InlineData("R2FkZ2V0CmcxMjM=")] // base64("Gadget\ng123"): not a UUID
    public void Refuses_legacy_ids_without_a_uuid(string legacy) => Assert.False(GlobalId.TryParse(legacy, out _, out _));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64 at all!")]
    [InlineData("R2FkZ2V0")]
    [InlineData("R2FkZ2V0OjEyMw")]
    public void Refuses_what_it_did_not_issue(string? value) => Assert.False(GlobalId.TryParse(value, out _, out _));

    [Fact]
    public void Refuses_overlong_input() => Assert.False(GlobalId.TryParse(new string('A', 5000), out _, out _));

    private static string Pad(string base64) => base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
}
