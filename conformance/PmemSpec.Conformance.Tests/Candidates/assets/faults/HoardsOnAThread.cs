using PmemSpec.Kernel;

namespace Candidates.Faults;

/// <summary>Hoards memory on a thread of its own on the first write; the OutOfMemoryException nobody catches kills the process (kind out-of-memory).</summary>
public sealed class HoardsOnAThread(SimulatedKernel kernel, long capacitySectors) : FaultyDriver(kernel, capacitySectors, "hoard1")
{
    private readonly List<byte[]> hoard = [];

    protected override void Fault()
    {
        var thread = new Thread(() =>
        {
            while (true) hoard.Add(new byte[16 << 20]);
        });
        thread.Start();
        thread.Join();
    }
}
