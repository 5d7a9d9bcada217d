package io.usdtcustody.matching.core;

import java.util.List;
import java.util.function.BiConsumer;

/** Several {@link OutcomeListener}s as one, told in the order given (market data first, then publishing). */
public final class OutcomeListeners {
    private static final System.Logger LOG = System.getLogger(OutcomeListeners.class.getName());

    private OutcomeListeners() {
    }

    public static OutcomeListener of(List<OutcomeListener> listeners) {
        List<OutcomeListener> all = List.copyOf(listeners);
        return new OutcomeListener() {
            @Override
            public void onDurable(CommandOutcome outcome) {
                tellEach(all, outcome, OutcomeListener::onDurable);
            }

            @Override
            public void onRecovered(CommandOutcome outcome) {
                tellEach(all, outcome, OutcomeListener::onRecovered);
            }
        };
    }

    private static void tellEach(List<OutcomeListener> all, CommandOutcome outcome,
            BiConsumer<OutcomeListener, CommandOutcome> tell) {
        for (OutcomeListener listener : all) {
            try {
                tell.accept(listener, outcome);
            } catch (RuntimeException e) { // one failing consumer must not starve the others
                LOG.log(System.Logger.Level.ERROR, "outcome listener failed at sequence " + outcome.sequence(), e);
            }
        }
    }
}
