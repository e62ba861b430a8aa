package dev.coffer.market;

import java.util.Set;
import java.util.UUID;

/**
 * Which securities the price sync keeps current: those somebody holds. Holdings belong to the
 * holding domain, which depends on this one, so that domain implements this interface; without it,
 * {@link AllRegisteredSecurities} answers "every registered security".
 */
public interface HeldSecurities {

    /** Ids of the securities to sync; called in a transaction. */
    Set<UUID> securityIds();
}
