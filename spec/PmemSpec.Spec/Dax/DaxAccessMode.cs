namespace PmemSpec.Dax;

/// <summary><c>enum dax_access_mode</c> (~v5.19/6.0+); earlier eras behave as <see cref="Access"/>.</summary>
public enum DaxAccessMode
{
    /// <summary>DAX_ACCESS: a bad block in the range fails the call.</summary>
    Access,
    /// <summary>DAX_RECOVERY_WRITE: returns the good pages before the first bad sector (at least 1).</summary>
    RecoveryWrite,
}
