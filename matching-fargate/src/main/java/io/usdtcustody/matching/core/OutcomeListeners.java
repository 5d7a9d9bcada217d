package io.usdtcustody.matching.core;

import java.util.List;

/** Several {@link OutcomeListener}s as one, told in the order given (market data first, then publishing). */
public final class OutcomeListeners {
    private OutcomeListeners() {
    }

    public static OutcomeListener of(List<OutcomeListener> listeners) {
        List<OutcomeListener> all = List.copyOf(listeners);
        return outcome -> {
            for (OutcomeListener listener : all) {
                try {
                    listener.onDurable(outcome);
                } catch (RuntimeException e) { // one failing consumer must not starve the others
                    System.getLogger(OutcomeListeners.class.getName()).log(System.Logger.Level.ERROR,
                            "outcome listener failed at sequence " + outcome.sequence(), e);
                }
            }
        };
    }
}
