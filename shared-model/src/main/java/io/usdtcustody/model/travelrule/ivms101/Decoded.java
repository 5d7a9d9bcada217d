package io.usdtcustody.model.travelrule.ivms101;

import io.usdtcustody.model.errors.FieldError;
import io.usdtcustody.model.errors.PlatformException;
import java.util.List;
import java.util.Objects;

/**
 * The result of reading a message that may have many faults: the value when there were none, otherwise every
 * problem found (and no value).
 */
public record Decoded<T>(T value, List<FieldError> problems) {
    public Decoded {
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        if ((value == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a decoded message has a value or problems, not both or neither");
        }
    }

    public boolean ok() {
        return value != null;
    }

    /**
     * The value.
     *
     * @throws PlatformException VALIDATION_FAILED listing every problem, when there is no value
     */
    public T orThrow(String what) {
        if (value == null) {
            throw PlatformException.validation(what + " is not valid", problems);
        }
        return value;
    }
}
