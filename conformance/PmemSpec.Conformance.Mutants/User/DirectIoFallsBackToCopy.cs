using PmemSpec.Block;
using PmemSpec.Reference.Mm;

namespace PmemSpec.Conformance.Mutants.User;

/// <summary>PAGE-102: an O_DIRECT read that, when the buffer cannot be pinned, quietly falls back to reading the disk and storing through the mapping.</summary>
internal sealed class DirectIoFallsBackToCopy(IProcess inner, Func<IProcess, IProcess> wrap) : ProcessDecorator(inner, wrap)
{
    public override Result<int> DirectIoRead(Partition file, long sector, UserAddress buffer, int length)
    {
        var read = base.DirectIoRead(file, sector, buffer, length);
        if (read.IsOk) return read;
        var bytes = new byte[length];
        if (!BlockLayer.Read(Real.Kernel, file, sector, bytes).IsOk) return read;
        return Store(buffer, bytes).IsOk ? length : read;
    }
}
