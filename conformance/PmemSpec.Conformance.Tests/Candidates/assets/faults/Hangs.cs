using PmemSpec.Kernel;

namespace Candidates.Faults;

/// <summary>Spins forever on the first write (kind hang).</summary>
public sealed class Hangs(SimulatedKernel kernel, long capacitySectors) : FaultyDriver(kernel, capacitySectors, "hangs0")
{
    private long spins;

    protected override void Fault()
    {
        while (spins >= 0) spins = (spins + 1) & long.MaxValue;
    }
}
