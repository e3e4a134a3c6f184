using PmemSpec.Dax;

namespace Candidates.Bad;

public sealed class DoesNotCompile : IDaxDevice
{
    public string DiskName => 42;
}
