namespace Streamflix.IntegrationTests.Hostile;

/// <summary>
/// Numbers no field of ours accepts: every int field is a count, size, height, year or month and
/// every double a position or duration, so negatives, extremes and non-numbers are all invalid.
/// </summary>
public static class HostileNumbers
{
    public static IReadOnlyList<HostileValue> Int32 { get; } =
    [
        new(HostileCategory.OutOfRange, "-1", -1, AlwaysInvalid: true),
        new(HostileCategory.OutOfRange, "int.MinValue", int.MinValue, AlwaysInvalid: true),
        new(HostileCategory.OutOfRange, "int.MaxValue", int.MaxValue, AlwaysInvalid: true),
        new(HostileCategory.OutOfRange, "1 000 001", 1_000_001, AlwaysInvalid: true),
    ];

    public static IReadOnlyList<HostileValue> Double { get; } =
    [
        new(HostileCategory.OutOfRange, "NaN", double.NaN, AlwaysInvalid: true),
        new(HostileCategory.OutOfRange, "+Infinity", double.PositiveInfinity, AlwaysInvalid: true),
        new(HostileCategory.OutOfRange, "-Infinity", double.NegativeInfinity, AlwaysInvalid: true),
        new(HostileCategory.OutOfRange, "-1", -1.0, AlwaysInvalid: true),
        new(HostileCategory.OutOfRange, "double.MaxValue", double.MaxValue, AlwaysInvalid: true),
    ];
}
