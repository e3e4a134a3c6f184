using PmemSpec.Block;
using PmemSpec.Conformance.Runner;
using PmemSpec.Conformance.Xunit;
using PmemSpec.Reference;
using PmemSpec.Reference.Mm;
using PmemSpec.Reference.RawBlockDax;

namespace PmemSpec.Conformance.Tests.User;

/// <summary>The reference raw-bdev layer, as the author of a replacement fault handler would check theirs over every reference driver.</summary>
public sealed class ReferenceFaultHandlerConformanceTests : RawBlockDaxFaultHandlerConformanceTests
{
    protected override RunOptions Options => new(Seed: 1, Sequences: 20, MaxOps: 40);

    protected override Result<IRawBlockDaxDevice> OpenCore(IMm mm, Partition bdev) => ReferenceRawBlockDax.Open(mm, bdev);
}
