using PmemSpec.Block;
using PmemSpec.Kernel;

namespace PmemSpec.Conformance.Mutants.DaxArg;

/// <summary>An era C wrapper whose dax_alive() always says yes: after kill_dax the driver is still asked.</summary>
internal sealed class IgnoresKillCaller(SimulatedKernel kernel, Partition bdev) : DaxCoreCaller(kernel, bdev)
{
    protected override bool Alive => true;
}
