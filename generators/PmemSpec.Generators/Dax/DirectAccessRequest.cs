namespace PmemSpec.Generators.Dax;

/// <summary>An era A/B style direct_access request: a partition-relative sector and a size in bytes.</summary>
/// <param name="Sector">Partition-relative sector.</param>
/// <param name="Size">Requested bytes (negative sizes are part of the contract).</param>
public sealed record DirectAccessRequest(long Sector, long Size)
{
    /// <inheritdoc />
    public override string ToString() => $"DirectAccess(sector={Sector}, size={Size})";
}
