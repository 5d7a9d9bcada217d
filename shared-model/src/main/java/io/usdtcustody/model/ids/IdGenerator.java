package io.usdtcustody.model.ids;

import java.util.UUID;

/**
 * Where new ids come from. Services take one in their constructor so that tests can hand out known ids and
 * production uses {@link UuidV7Generator}.
 */
@FunctionalInterface
public interface IdGenerator {

    /** A new id, never returned before by this generator. */
    UUID nextId();
}
