namespace PmemSpec.Reference.Mm;

/// <summary>What a mapped object is, as far as the DAX rules of get_user_pages care (vma_is_dax, vma_is_fsdax).</summary>
public enum DaxMappingKind
{
    /// <summary>Not DAX: anonymous or page-cache memory.</summary>
    None,
    /// <summary>A DAX file that is not a character device (fs-dax, and the S_DAX block-device inode): vma_is_fsdax.</summary>
    FsDax,
    /// <summary>Device-dax (/dev/daxX.Y, a character device): exempt from the long-term pin refusal.</summary>
    DeviceDax,
}
