package io.usdtcustody.model.money;

/** Two amounts of different assets were combined or compared; USDT on TRON is not USDT on Ethereum. */
public final class AssetMismatchException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient Asset left;
    private final transient Asset right;

    public AssetMismatchException(Asset left, Asset right) {
        super("cannot combine " + left + " with " + right);
        this.left = left;
        this.right = right;
    }

    public Asset left() {
        return left;
    }

    public Asset right() {
        return right;
    }
}
