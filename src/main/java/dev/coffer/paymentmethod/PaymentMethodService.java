package dev.coffer.paymentmethod;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.coffer.common.error.ApiException;
import dev.coffer.common.error.DatabaseFailures;
import dev.coffer.common.web.ETags;

/** A user's payment methods. Writes lock the row before comparing {@code If-Match}, so the check and the change are one step. */
@ApplicationScoped
public class PaymentMethodService {

    static final String LAST4_PATTERN = "^[0-9]{4}$";

    public List<PaymentMethodResponse> list(UUID userId, boolean includeArchived) {
        return PaymentMethod.listForUser(userId, includeArchived).stream().map(PaymentMethodResponse::of).toList();
    }

    public PaymentMethodResponse get(UUID userId, UUID id) {
        return PaymentMethodResponse.of(PaymentMethod.findOwned(userId, id).orElseThrow(PaymentMethodService::notFound));
    }

    @Transactional
    public PaymentMethodResponse create(UUID userId, CreatePaymentMethodRequest request) {
        PaymentMethodType type = type(request.type());
        checkLast4(type, request.last4());
        String name = request.name().strip();
        checkNameFree(userId, name, null);
        PaymentMethod method = new PaymentMethod();
        method.userId = userId;
        method.name = name;
        method.type = type.wire();
        method.last4 = request.last4();
        try {
            method.persistAndFlush();
        } catch (RuntimeException e) {
            throw translate(e, method.name);
        }
        return PaymentMethodResponse.of(method);
    }

    @Transactional
    public PaymentMethodResponse update(UUID userId, UUID id, UpdatePaymentMethodRequest request, String ifMatch) {
        PaymentMethod method = PaymentMethod.lockOwned(userId, id).orElseThrow(PaymentMethodService::notFound);
        ETags.checkIfMatch(ifMatch, method.version);
        PaymentMethodType type = request.type() == null ? type(method.type) : type(request.type());
        String last4 = request.last4().orElse(method.last4);
        if (request.last4().isPresent() && last4 != null && !last4.matches(LAST4_PATTERN)) {
            throw ApiException.invalidField("last4", "must be exactly 4 digits");
        }
        checkLast4(type, last4);
        if (request.name() != null) {
            checkNameFree(userId, request.name().strip(), id);
        }

        if (request.name() != null) {
            method.name = request.name().strip();
        }
        method.type = type.wire();
        method.last4 = last4;
        if (request.archived() != null) {
            method.archived = request.archived();
        }
        try {
            PaymentMethod.flush();
        } catch (RuntimeException e) {
            throw translate(e, method.name);
        }
        return PaymentMethodResponse.of(method);
    }

    /**
     * Deletes a payment method. Expenses that referenced it are meant to keep everything but the
     * reference: their foreign key to {@code payment_methods} sets it to null.
     */
    @Transactional
    public void delete(UUID userId, UUID id, String ifMatch) {
        PaymentMethod method = PaymentMethod.lockOwned(userId, id).orElseThrow(PaymentMethodService::notFound);
        ETags.checkIfMatch(ifMatch, method.version);
        method.delete();
    }

    private static PaymentMethodType type(String wire) {
        return PaymentMethodType.fromWire(wire).orElseThrow(
                () -> ApiException.invalidField("type", "must be one of " + PaymentMethodType.WIRE_NAMES));
    }

    private static void checkLast4(PaymentMethodType type, String last4) {
        if (last4 != null && !type.hasLast4()) {
            throw ApiException.invalidField("last4",
                    "is only allowed for debit_card, credit_card and bank_transfer, not for " + type.wire());
        }
    }

    /**
     * Answers a taken name before writing, so the common case is no failed statement. Two requests
     * racing for one name both pass this; the unique index stops the second, see {@link #translate}.
     */
    private static void checkNameFree(UUID userId, String name, UUID except) {
        if (PaymentMethod.nameTaken(userId, name, except)) {
            throw nameTaken(name);
        }
    }

    private static RuntimeException translate(RuntimeException failure, String name) {
        return DatabaseFailures.violates(failure, PaymentMethod.NAME_INDEX) ? nameTaken(name) : failure;
    }

    private static ApiException nameTaken(String name) {
        return ApiException.conflict("PAYMENT_METHOD_NAME_TAKEN", "You already have a payment method named '" + name + "'");
    }

    static ApiException notFound() {
        return ApiException.notFound("PAYMENT_METHOD_NOT_FOUND", "No such payment method");
    }
}
