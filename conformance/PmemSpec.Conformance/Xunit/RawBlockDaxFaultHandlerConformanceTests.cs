using Xunit;
using PmemSpec.Block;
using PmemSpec.Conformance.User;
using PmemSpec.Reference.Mm;
using PmemSpec.Reference.RawBlockDax;

namespace PmemSpec.Conformance.Xunit;

/// <summary>
/// The raw block-device DAX suite for a replacement raw-bdev layer (blkdev_dax_fault and friends):
/// subclass it, override <see cref="OpenCore"/>, and <c>dotnet test</c> runs it over every reference
/// driver (brd, pmem with and without struct pages, dcssblk in v4.6) under the reference mm, one row
/// per driver and user invariant.
/// </summary>
/// <remarks>Context: the factory is called once per sequence, on a fresh machine.</remarks>
public abstract class RawBlockDaxFaultHandlerConformanceTests : RawBlockDaxConformanceTests
{
    /// <summary>The reference drivers the handler runs over.</summary>
    public static TheoryData<string> DriverNames => [.. UserProfiles.All.Select(p => p.Name)];

    /// <summary>Opens <paramref name="bdev"/> for DAX mmap under <paramref name="mm"/>: the candidate's fault handler, pfn_mkwrite, resize and removal.</summary>
    /// <remarks>Context: process; may sleep.</remarks>
    protected abstract Result<IRawBlockDaxDevice> OpenCore(IMm mm, Partition bdev);

    /// <summary>The profile a row checks: the reference driver <paramref name="driver"/> under the candidate.</summary>
    public UserProfile ProfileOver(string driver) =>
        (UserProfiles.Find(driver) ?? throw new ArgumentException($"no reference driver profile {driver}", nameof(driver))) with
        {
            Name = $"{Name}/{driver}",
            Open = OpenCore,
        };

    /// <summary>One row per reference driver and user invariant.</summary>
    [ConformanceTheory]
    [MemberData(nameof(Rows))]
    public void RawBlockDax(string driver, string invariantId) => Check(ProfileOver(driver), invariantId);

    /// <summary>The rows: every reference driver with every user invariant.</summary>
    public static TheoryData<string, string> Rows()
    {
        var rows = new TheoryData<string, string>();
        foreach (var driver in UserProfiles.All)
            foreach (var invariant in Invariants.User.UserInvariantCatalogue.All) rows.Add(driver.Name, invariant.Id);
        return rows;
    }
}
