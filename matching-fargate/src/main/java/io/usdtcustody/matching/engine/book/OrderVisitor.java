package io.usdtcustody.matching.engine.book;

/** Receives resting orders one by one, in book order. */
@FunctionalInterface
public interface OrderVisitor {
    void visit(RestingOrder order);
}
