using PmemSpec.Block;
using PmemSpec.Model.User;
using PmemSpec.Operations;

namespace PmemSpec.Conformance.User;

/// <summary>The device operations a user sequence mixes in: pread/pwrite of the partition, flush, memory pressure and removal (unbind).</summary>
internal static class UserDeviceSteps
{
    /// <remarks>Context: process; may sleep.</remarks>
    public static UserOutcome Run(DeviceOp op, UserWorld w)
    {
        switch (op)
        {
            case WriteOp write:
                return UserOutcome.Of(BlockLayer.Write(w.Kernel, w.Bdev, write.Sector, SeededBytes.Make(write.Seed, write.Sectors * Units.SectorSize)));
            case ReadOp read:
                var bytes = new byte[read.Sectors * Units.SectorSize];
                var result = BlockLayer.Read(w.Kernel, w.Bdev, read.Sector, bytes);
                return result.IsOk ? new UserOutcome(UserResultKind.Ok, Bytes: bytes) : UserOutcome.Of(result);
            case FlushOp:
                return UserOutcome.Of(BlockLayer.Flush(w.Kernel, w.Bdev));
            case MemoryPressureOp pressure:
                w.Kernel.Allocator.MemoryPressure = pressure.On;
                return UserOutcome.Ok;
            case RemoveDeviceOp:
                w.Raw.Remove();
                return UserOutcome.Ok;
            default:
                throw new ArgumentException($"no user-level executor for {op.Name}", nameof(op));
        }
    }
}
