package io.usdtcustody.custody.treasury.api;

/** JSON bodies of the treasury API. */
public final class TreasuryBodies {
    private TreasuryBodies() {
    }

    /** {@code POST /v1/treasury/replenishments}: how much to bring from cold to hot, and who asks. */
    public record Replenish(String amount, String initiatedBy) {
    }

    /** {@code POST /v1/treasury/moves/{id}/cancel}: who stops it. */
    public record Cancel(String by) {
    }

    /** {@code GET /v1/treasury}: the wallets, the limits, and what is under way. */
    public record Overview(String asset, String chain, String hotAddress, String coldAddress, String hotBalance,
                           String coldBalance, String hotMax, String hotTarget, int replenishApprovals,
                           String replenishDelay, java.util.List<TreasuryMoveView> openMoves) {
    }
}
