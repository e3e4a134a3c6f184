using PmemSpec.Kernel;

namespace Candidates.Faults;

/// <summary>Hoards memory on the first write until there is none (kind out-of-memory).</summary>
public sealed class ExhaustsMemory(SimulatedKernel kernel, long capacitySectors) : FaultyDriver(kernel, capacitySectors, "hoard0")
{
    private readonly List<byte[]> hoard = [];

    protected override void Fault()
    {
        while (true) hoard.Add(new byte[16 << 20]);
    }
}
