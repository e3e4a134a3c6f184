using Xunit;
using PmemSpec.Invariants;

namespace PmemSpec.Conformance.Xunit;

/// <summary>One theory per invariant family, one row per invariant of the catalogue.</summary>
public abstract partial class DaxDeviceConformanceTests
{
    /// <summary>The IDs of one family's invariants, as theory rows.</summary>
    public static TheoryData<string> InvariantsOf(InvariantFamily family) =>
        [.. InvariantCatalogue.All.Where(i => i.Family == family).Select(i => i.Id)];

    /// <summary>Rows for <see cref="DaxArg"/>.</summary>
    public static TheoryData<string> DaxArgInvariants => InvariantsOf(InvariantFamily.DAXARG);

    /// <summary>Rows for <see cref="Block"/>.</summary>
    public static TheoryData<string> BlockInvariants => InvariantsOf(InvariantFamily.BLK);

    /// <summary>Rows for <see cref="Stability"/>.</summary>
    public static TheoryData<string> StabilityInvariants => InvariantsOf(InvariantFamily.STAB);

    /// <summary>Rows for <see cref="StructPage"/>.</summary>
    public static TheoryData<string> PageInvariants => InvariantsOf(InvariantFamily.PAGE);

    /// <summary>Rows for <see cref="Sleep"/>.</summary>
    public static TheoryData<string> SleepInvariants => InvariantsOf(InvariantFamily.SLEEP);

    /// <summary>Rows for <see cref="Boundary"/>.</summary>
    public static TheoryData<string> BoundaryInvariants => InvariantsOf(InvariantFamily.EXC);

    /// <summary>DAXARG: the direct_access argument and result contract.</summary>
    [ConformanceTheory]
    [MemberData(nameof(DaxArgInvariants))]
    public void DaxArg(string invariantId) => Check(invariantId);

    /// <summary>BLK: block semantics.</summary>
    [ConformanceTheory]
    [MemberData(nameof(BlockInvariants))]
    public void Block(string invariantId) => Check(invariantId);

    /// <summary>STAB: mapping stability.</summary>
    [ConformanceTheory]
    [MemberData(nameof(StabilityInvariants))]
    public void Stability(string invariantId) => Check(invariantId);

    /// <summary>PAGE: the struct page requirement.</summary>
    [ConformanceTheory]
    [MemberData(nameof(PageInvariants))]
    public void StructPage(string invariantId) => Check(invariantId);

    /// <summary>SLEEP: who may sleep or allocate where.</summary>
    [ConformanceTheory]
    [MemberData(nameof(SleepInvariants))]
    public void Sleep(string invariantId) => Check(invariantId);

    /// <summary>EXC: expected errors are errnos, never exceptions.</summary>
    [ConformanceTheory]
    [MemberData(nameof(BoundaryInvariants))]
    public void Boundary(string invariantId) => Check(invariantId);
}
