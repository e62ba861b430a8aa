package dev.coffer.market;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;

/**
 * The {@link HeldSecurities} of an application without holdings: every registered security counts as
 * held. It is a {@code @DefaultBean}, so the holding domain's own bean replaces it simply by existing.
 */
@DefaultBean
@ApplicationScoped
class AllRegisteredSecurities implements HeldSecurities {

    @Override
    public Set<UUID> securityIds() {
        return new LinkedHashSet<>(Security.allIds());
    }
}
