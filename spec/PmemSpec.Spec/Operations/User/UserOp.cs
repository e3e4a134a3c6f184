namespace PmemSpec.Operations.User;

/// <summary>
/// One user-level step: a system call or access made by a process (named by its label,
/// <c>proc=0</c>) on a mapping of the raw DAX block device (named by the label its Mmap gave it,
/// <c>map=1</c>). User steps mix with the device operations Read, Write, Flush, MemoryPressure and
/// RemoveDevice in one sequence; their text form parses back with <see cref="DeviceOpParser"/>.
/// </summary>
public abstract record UserOp : DeviceOp
{
    /// <summary>A boolean argument as printed.</summary>
    protected static OpArgument Flag(string name, bool value) => new(name, value ? "true" : "false");
}
