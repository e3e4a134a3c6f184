namespace PmemSpec.Invariants;

/// <summary>The eras an invariant holds in, inclusive.</summary>
public readonly record struct EraRange(Era From, Era To)
{
    /// <summary>Every era the kit knows.</summary>
    public static EraRange All => new(Era.V4_1, Era.V6_1);

    /// <summary>Eras A and B (bdev_direct_access).</summary>
    public static EraRange SectorDax => new(Era.V4_1, Era.V4_9);

    /// <summary>Era C (dax_direct_access).</summary>
    public static EraRange DaxDevice => new(Era.V4_12, Era.V6_1);

    /// <summary>True when the era lies in the range.</summary>
    public bool Contains(Era era) => era >= From && era <= To;

    /// <inheritdoc />
    public override string ToString() => From == Era.V4_1 && To == Era.V6_1 ? "all" : $"{From.Display()}-{To.Display()}";
}
