using PmemSpec.Block;
using PmemSpec.Reference.Mm;

namespace PmemSpec.Conformance.Mutants.User;

/// <summary>PAGE-103: an O_DIRECT write that pins its buffer and never releases the pin.</summary>
internal sealed class DirectIoLeaksPin(IProcess inner, Func<IProcess, IProcess> wrap) : ProcessDecorator(inner, wrap)
{
    public override Result<int> DirectIoWrite(Partition file, long sector, UserAddress buffer, int length)
    {
        _ = GetUserPages(buffer, 1, GupFlags.None);
        return base.DirectIoWrite(file, sector, buffer, length);
    }
}
