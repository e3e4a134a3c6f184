namespace PmemSpec.Reference.Mm;

/// <summary>PROT_* bits of a mapping.</summary>
[Flags]
public enum Protection
{
    /// <summary>PROT_NONE.</summary>
    None = 0,
    /// <summary>PROT_READ.</summary>
    Read = 1,
    /// <summary>PROT_WRITE (implies read on x86, as here).</summary>
    Write = 2,
    /// <summary>PROT_READ | PROT_WRITE.</summary>
    ReadWrite = Read | Write,
}
