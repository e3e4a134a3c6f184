namespace PmemSpec.Conformance.Mutants.Device.Brd;

/// <summary>The bugs <see cref="MutantBrd"/> can be built with; each needs brd's page store, which a decorator cannot reach.</summary>
internal enum BrdBug
{
    /// <summary>A faithful copy of the reference brd (the control).</summary>
    None,
    /// <summary>copy_from_brd forgets the memset for a page that was never allocated: holes read as stale bytes.</summary>
    HoleReadsGarbage,
    /// <summary>discard_from_brd frees the pages it covers (the compiled-out <c>if (0)</c> branch switched on, ≤ v4.11).</summary>
    DiscardFreesPages,
    /// <summary>A page-freeing discard (as re-added in 2024) that frees the page but leaves it in the tree: later I/O uses the freed page.</summary>
    DiscardFreesButKeepsPage,
    /// <summary>direct_access of a present page swaps it with a spare bounce page, so each call hands out another pfn.</summary>
    DirectAccessSwapsPage,
    /// <summary>brd_insert_page allocates without __GFP_ZERO: a partly written page shows the allocator's leftovers.</summary>
    NoZeroFill,
    /// <summary>direct_access drops a reference it never took (put_page), freeing the page it hands out while the tree still holds it.</summary>
    DirectAccessPutsPage,
}
