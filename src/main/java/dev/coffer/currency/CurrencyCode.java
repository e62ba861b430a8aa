package dev.coffer.currency;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An ISO 4217 code Coffer accepts ({@link CurrencyCatalog}), in upper case: the one check of a
 * currency a client sends, wherever it is sent. A null value is valid (combine with
 * {@code @NotNull} where the currency is required); anything else unknown fails with a 422
 * {@code VALIDATION_FAILED} naming the field. Code that validates by hand rather than with Bean
 * Validation uses {@link CurrencyCatalog#isKnown(String)} and {@link #MESSAGE}, so both answer alike.
 */
@Documented
@Constraint(validatedBy = CurrencyCode.Validator.class)
@Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface CurrencyCode {

    String MESSAGE = "must be an ISO 4217 code of a currency in use, in upper case, such as EUR";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CurrencyCode, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || CurrencyCatalog.isKnown(value);
        }
    }
}
