package dev.coffer.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.Constructor;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.ConfigBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The bounds of {@link InsightConfig} reach the validator a start applies, not only a validator built by a
 * test ({@code InsightConfigTest}): quarkus-hibernate-validator generates, at build time, the config builder
 * that adds its validator for the constraints it found on the mappings, and this test hands a configuration
 * with a value out of bounds to that very builder, inside the application the other tests share (no second
 * start).
 */
@QuarkusTest
class InsightConfigAtStartupTest {

    /** The name quarkus-hibernate-validator gives the builder it generates and registers for every start. */
    private static final String STARTUP_VALIDATOR =
            "io.quarkus.hibernate.validator.runtime.HibernateBeanValidationConfigValidatorBuilder";

    @Test
    void theStartUpValidatorRefusesAnInsightThresholdOutOfBoundsNamingTheProperty() throws Exception {
        ConfigValidationException refused = catchThrowableOfType(ConfigValidationException.class,
                () -> startUpValidated(Map.of("coffer.insights.unusual-min-sample", "2")).build());

        assertThat(refused).isNotNull();
        assertThat(refused.getProblemCount()).isEqualTo(1);
        // The words follow the JVM's locale; the property name does not.
        assertThat(refused.getProblem(0).getMessage()).startsWith("coffer.insights.unusual-min-sample ").contains("3");
    }

    @Test
    void theStartUpValidatorPassesTheDefaults() throws Exception {
        InsightConfig config = startUpValidated(Map.of()).build().getConfigMapping(InsightConfig.class);

        assertThat(config.unusualMinSample()).isEqualTo(8);
    }

    private static SmallRyeConfigBuilder startUpValidated(Map<String, String> properties) throws Exception {
        Constructor<?> constructor = Class.forName(STARTUP_VALIDATOR, true,
                InsightConfigAtStartupTest.class.getClassLoader()).getDeclaredConstructor();
        constructor.setAccessible(true);
        ConfigBuilder startup = (ConfigBuilder) constructor.newInstance();
        return startup.configBuilder(new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 400))
                .withMapping(InsightConfig.class));
    }
}
