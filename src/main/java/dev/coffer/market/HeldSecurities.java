package dev.coffer.market;

import java.util.Set;
import java.util.UUID;

/**
 * Which securities the price sync keeps current: those somebody holds. Holdings belong to the
 * accounts domain, which depends on this one, so that domain implements this interface; until it
 * does, {@link AllRegisteredSecurities} answers "every registered security".
 */
public interface HeldSecurities {

    /** Ids of the securities to sync; called in a transaction. */
    Set<UUID> securityIds();
}
