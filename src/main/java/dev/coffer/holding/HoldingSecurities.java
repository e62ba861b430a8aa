package dev.coffer.holding;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import dev.coffer.market.HeldSecurities;

/**
 * The securities in anyone's holdings: the ones the price job keeps current. Its existence replaces the
 * market domain's default ("every registered security"). One statement over {@code holdings_security_idx}.
 */
@ApplicationScoped
class HoldingSecurities implements HeldSecurities {

    private final EntityManager entityManager;

    HoldingSecurities(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Set<UUID> securityIds() {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("select distinct security_id from holdings order by security_id",
                UUID.class).getResultList();
        return new LinkedHashSet<>(ids);
    }
}
