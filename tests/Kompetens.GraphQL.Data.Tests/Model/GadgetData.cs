namespace Kompetens.GraphQL.Data.Tests.Model;

/// <summary>Eight gadgets with known values, so each test can name exactly which ones a condition selects.</summary>
public static class GadgetData
{
    public static readonly Guid BatchA = Guid.Parse("00000000-0000-7000-8000-00000000000a");
    public static readonly Guid BatchB = Guid.Parse("00000000-0000-7000-8000-00000000000b");

    public static IEnumerable<object> Create()
    {
        var acme = new Maker { Name = "Acme", Country = "FI" };
        var nordic = new Maker { Name = "Nordic", Country = "SE" };
        var lonely = new Maker { Name = "Lonely", Country = "NO" };
        Gadget G(string name, string? nick, decimal price, int stock, int? rating, double weight, long serial, bool active, string released, string updated, Guid batch, GadgetKind kind, string label, string? color, Maker? maker, params (string Name, int Grams)[] parts) => new()
        {
            Name = name,
            Nickname = nick,
            Price = price,
            Stock = stock,
            Rating = rating,
            Weight = weight,
            Serial = serial,
            IsActive = active,
            ReleasedOn = DateOnly.Parse(released, System.Globalization.CultureInfo.InvariantCulture),
            UpdatedAt = DateTimeOffset.Parse(updated, System.Globalization.CultureInfo.InvariantCulture),
            Batch = batch,
            Kind = kind,
            Label = new Label { Text = label, Color = color },
            Sticker = kind == GadgetKind.Toy ? new Label { Text = "Toy " + name, Color = color } : null,
            Secret = "secret-" + name,
            Maker = maker,
            Parts = [.. parts.Select(p => new Part { Name = p.Name, Grams = p.Grams })],
        };

        return
        [
            acme, nordic, lonely,
            G("Anvil", null, 99.50m, 3, 5, 50.0, 1001, true, "2024-01-10", "2026-01-01T10:00:00Z", BatchA, GadgetKind.Tool, "Heavy", "black", acme, ("Base", 40000), ("Horn", 10000)),
            G("Bell", "Ding", 15.00m, 10, 4, 0.5, 1002, true, "2024-03-05", "2026-01-02T10:00:00Z", BatchA, GadgetKind.Instrument, "Loud", "gold", nordic, ("Clapper", 50)),
            G("Clock", "Tick", 45.25m, 0, null, 1.2, 1003, false, "2025-06-01", "2026-01-03T10:00:00Z", BatchB, GadgetKind.Tool, "Timely", null, acme),
            G("Drum", null, 120.00m, 2, 3, 3.0, 1004, true, "2025-02-14", "2026-01-04T10:00:00Z", BatchB, GadgetKind.Instrument, "Loud", "red", nordic, ("Skin", 200), ("Shell", 1500), ("Stick", 60)),
            G("Eagle kite", "Birdie", 30.00m, 7, 2, 0.3, 1005, true, "2023-08-20", "2026-01-05T10:00:00Z", BatchA, GadgetKind.Toy, "Windy", "blue", null, ("Tail", 20)),
            G("Flute", null, 60.00m, 4, 5, 0.4, 1006, false, "2025-11-11", "2026-01-06T10:00:00Z", BatchB, GadgetKind.Instrument, "Soft", "silver", nordic),
            G("Gyro", "Spinny", 12.75m, 25, null, 0.1, 1007, true, "2022-12-24", "2026-01-07T10:00:00Z", BatchA, GadgetKind.Toy, "Fast", null, acme, ("Axle", 5)),
            G("Hammer", null, 25.00m, 12, 4, 1.0, 1008, true, "2024-07-07", "2026-01-08T10:00:00Z", BatchB, GadgetKind.Tool, "Heavy", "black", acme, ("Head", 700), ("Handle", 300)),
        ];
    }
}
