using PmemSpec.Block;
using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Reference.Tests.Support;

/// <summary>A fresh machine with one driver on it, plus the views tests use.</summary>
/// <typeparam name="TDevice">The driver type, so tests can read its internals.</typeparam>
/// <param name="Kernel">The machine.</param>
/// <param name="Device">The driver.</param>
internal sealed record Rig<TDevice>(SimulatedKernel Kernel, TDevice Device) where TDevice : IDaxDevice
{
    /// <summary>The whole disk as a block device.</summary>
    public Partition Bdev { get; } = Partition.Whole(Device);

    /// <summary>The era C dax_device wrapping the driver (alive).</summary>
    public DaxDevice Dax { get; } = new(Kernel, Device);

    /// <summary>The trace position before the act.</summary>
    public long Mark => Kernel.Trace.Mark;

    /// <summary>Events of a kind recorded since <paramref name="mark"/>.</summary>
    public int CountSince(long mark, KernelEventKind kind) => Kernel.Trace.CountSince(mark, kind);

    /// <summary>The rule names of the violations recorded since <paramref name="mark"/>.</summary>
    public IReadOnlyList<string> ViolationsSince(long mark) => [.. Kernel.Violations.Since(mark).Select(v => v.Rule)];

    /// <summary>Reads through the block layer.</summary>
    public (Result Result, byte[] Bytes) BlockRead(long sector, int length)
    {
        var buffer = BytePattern.Make(length, seed: 250);
        var result = BlockLayer.Read(Kernel, Bdev, sector, buffer);
        return (result, buffer);
    }

    /// <summary>Writes through the block layer.</summary>
    public Result BlockWrite(long sector, byte[] data) => BlockLayer.Write(Kernel, Bdev, sector, data);

    /// <summary>Reads through a kernel address.</summary>
    public (Result Result, byte[] Bytes) KernelRead(KernelAddress address, int length)
    {
        var buffer = new byte[length];
        var result = Kernel.Memory.Read(address, buffer);
        return (result, buffer);
    }
}
