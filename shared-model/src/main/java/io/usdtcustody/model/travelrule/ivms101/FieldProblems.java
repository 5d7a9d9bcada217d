package io.usdtcustody.model.travelrule.ivms101;

import io.usdtcustody.model.errors.FieldError;
import io.usdtcustody.model.errors.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every field-level problem of one message, in the order found, as {@link FieldError}s with
 * dotted paths such as {@code originator.originatorPersons[0].naturalPerson.name}. Stops collecting at
 * {@link Problem#MAX_FIELD_ERRORS} (a problem response carries no more), remembering that it did.
 * Messages are written by this package and never contain input values.
 */
public final class FieldProblems {
    private final List<FieldError> errors = new ArrayList<>();
    private int count;
    private boolean truncated;

    /** Records a problem at {@code path}. */
    public void add(String path, String message) {
        count++;
        if (errors.size() >= Problem.MAX_FIELD_ERRORS) {
            truncated = true;
            return;
        }
        errors.add(new FieldError(path.isEmpty() ? "$" : path, message));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** How many problems were reported, including any dropped past the limit: compare to see if a step failed. */
    public int count() {
        return count;
    }

    /** Whether problems were dropped because the list was full. */
    public boolean truncated() {
        return truncated;
    }

    /** An immutable copy of the problems so far. */
    public List<FieldError> list() {
        return List.copyOf(errors);
    }

    /** {@code parent.name}, or {@code name} at the root. */
    public static String path(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    /** {@code parent.name[index]}. */
    public static String path(String parent, String name, int index) {
        return path(parent, name) + "[" + index + "]";
    }
}
