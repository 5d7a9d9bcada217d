package io.usdtcustody.matching.engine.book;

/** All orders resting at one price, oldest first, as an intrusive doubly linked queue (pooled). */
final class PriceLevel {
    long price;
    long totalQuantity;
    int orderCount;
    BookOrder head;
    BookOrder tail;
    /** Next free level when pooled. */
    PriceLevel nextFree;

    void append(BookOrder order) {
        order.level = this;
        order.next = null;
        order.previous = tail;
        if (tail == null) {
            head = order;
        } else {
            tail.next = order;
        }
        tail = order;
        totalQuantity += order.remaining;
        orderCount++;
    }

    void unlink(BookOrder order) {
        if (order.previous == null) {
            head = order.next;
        } else {
            order.previous.next = order.next;
        }
        if (order.next == null) {
            tail = order.previous;
        } else {
            order.next.previous = order.previous;
        }
        totalQuantity -= order.remaining;
        orderCount--;
        order.previous = null;
        order.next = null;
        order.level = null;
    }

    boolean isEmpty() {
        return head == null;
    }
}
