package dev.coffer.common.web;

import java.io.IOException;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A field of a partial update ({@code PATCH}) that may be set to null: it tells "absent, keep the
 * value" apart from "null, clear it", which a plain nullable component (or {@code Optional}, that
 * Jackson reads as empty in both cases) cannot. Use it in a request record only for fields a client
 * may clear; other fields stay plain types where null means "keep".
 *
 * <pre>{@code
 * public record UpdateThingRequest(String name,
 *         @Schema(implementation = UUID.class, nullable = true) PatchField<UUID> parentId) { }
 * ...
 * if (request.parentId().isPresent()) { thing.parentId = request.parentId().value(); }
 * }</pre>
 *
 * The {@code @Schema} on the component documents the inner type. Bean Validation does not look
 * inside; check the value in the service.
 */
@RegisterForReflection
@JsonDeserialize(using = PatchField.Deserializer.class)
public final class PatchField<T> {

    private static final PatchField<?> ABSENT = new PatchField<>(false, null);

    private final boolean present;
    private final T value;

    private PatchField(boolean present, T value) {
        this.present = present;
        this.value = value;
    }

    @SuppressWarnings("unchecked")
    public static <T> PatchField<T> absent() {
        return (PatchField<T>) ABSENT;
    }

    public static <T> PatchField<T> of(T value) {
        return new PatchField<>(true, value);
    }

    /** Whether the request carried the field (possibly as null). */
    public boolean isPresent() {
        return present;
    }

    /** The value sent; null when the client sent null, or when the field is absent. */
    public T value() {
        return value;
    }

    /** The value sent, or {@code current} when the field is absent. */
    public T orElse(T current) {
        return present ? value : current;
    }

    /** A present value transformed (nulls stay null); absent stays absent. */
    public <R> PatchField<R> map(Function<T, R> mapper) {
        return present ? of(value == null ? null : mapper.apply(value)) : absent();
    }

    @Override
    public String toString() {
        return present ? "PatchField[" + value + "]" : "PatchField[absent]";
    }

    /**
     * Reads the inner value with the deserializer of its type; JSON null becomes a present null, and
     * a missing property (Jackson's "absent value") becomes {@link #absent()}.
     */
    @RegisterForReflection
    public static final class Deserializer extends JsonDeserializer<PatchField<?>> implements ContextualDeserializer {

        private final JsonDeserializer<Object> inner;

        public Deserializer() {
            this(null);
        }

        private Deserializer(JsonDeserializer<Object> inner) {
            this.inner = inner;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws JsonMappingException {
            JavaType type = property != null ? property.getType() : context.getContextualType();
            return new Deserializer(context.findContextualValueDeserializer(type.containedTypeOrUnknown(0), property));
        }

        @Override
        public PatchField<?> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return of(inner.deserialize(parser, context));
        }

        @Override
        public PatchField<?> getNullValue(DeserializationContext context) {
            return of(null);
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return ABSENT;
        }
    }
}
