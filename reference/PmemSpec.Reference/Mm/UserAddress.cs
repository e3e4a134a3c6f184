using System.Globalization;

namespace PmemSpec.Reference.Mm;

/// <summary>A user virtual address in one process.</summary>
/// <param name="Value">The address.</param>
public readonly record struct UserAddress(ulong Value)
{
    /// <summary>The virtual page number (address &gt;&gt; PAGE_SHIFT).</summary>
    public ulong Vpn => Value >> Units.PageShift;

    /// <summary>The offset inside the page.</summary>
    public int PageOffset => (int)(Value & (Units.PageSize - 1));

    /// <summary>True when the address starts a page.</summary>
    public bool IsPageAligned => PageOffset == 0;

    /// <summary>The first byte of a virtual page.</summary>
    public static UserAddress OfPage(ulong vpn) => new(vpn << Units.PageShift);

    /// <summary>Address arithmetic.</summary>
    public static UserAddress operator +(UserAddress address, long bytes) => new(address.Value + (ulong)bytes);

    /// <summary>Address arithmetic, named.</summary>
    public UserAddress Add(long bytes) => this + bytes;

    /// <summary>The address <paramref name="pages"/> pages further on.</summary>
    public UserAddress AddPages(long pages) => this + (pages * Units.PageSize);

    /// <inheritdoc />
    public override string ToString() => "0x" + Value.ToString("x", CultureInfo.InvariantCulture);
}
