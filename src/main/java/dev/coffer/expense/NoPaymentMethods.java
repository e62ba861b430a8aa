package dev.coffer.expense;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;

/**
 * The lookup while no payment-method domain provides one: no user has payment methods, so every
 * {@code payment_method_id} is refused with a 422 naming that field, never stored unchecked.
 */
@DefaultBean
@ApplicationScoped
class NoPaymentMethods implements PaymentMethodLookup {

    @Override
    public boolean isOwnedBy(UUID paymentMethodId, UUID userId) {
        return false;
    }
}
