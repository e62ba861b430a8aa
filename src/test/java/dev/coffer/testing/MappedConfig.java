package dev.coffer.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * Config mappings read as a production start reads them, without starting the application:
 * {@code application.properties} (no profile) under an environment given by the test, with Quarkus's
 * duration syntax ({@code 15M}, {@code 30D}) as the application reads it.
 */
public final class MappedConfig {

    private MappedConfig() {
    }

    /** The keys {@code mappings} give a default to ({@code @WithDefault}). */
    public static Set<String> defaulted(Class<?>... mappings) {
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder().withSources(applicationProperties())
                .withConverter(Duration.class, 200, new DurationConverter());
        for (Class<?> mapping : mappings) {
            builder.withMapping(mapping);
        }
        SmallRyeConfig config = builder.build();
        Set<String> keys = new TreeSet<>();
        StreamSupport.stream(config.getConfigSources().spliterator(), false)
                .filter(source -> source.getName().contains("DefaultValues"))
                .map(ConfigSource::getPropertyNames)
                .forEach(keys::addAll);
        return keys;
    }

    /** The keys {@code application.properties} sets for every profile (those without a {@code %profile.} prefix). */
    public static Set<String> setByApplicationProperties() {
        Properties properties = new Properties();
        try (InputStream in = MappedConfig.class.getClassLoader().getResourceAsStream("application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> keys = new TreeSet<>(properties.stringPropertyNames());
        keys.removeIf(key -> key.startsWith("%"));
        return keys;
    }

    public static <T> T read(Class<T> mapping, Map<String, String> environment) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .withSources(applicationProperties())
                .withSources(new EnvConfigSource(environment, 300))
                .withConverter(Duration.class, 200, new DurationConverter())
                .withMapping(mapping)
                .build();
        return config.getConfigMapping(mapping);
    }

    private static PropertiesConfigSource applicationProperties() {
        try {
            return new PropertiesConfigSource(MappedConfig.class.getClassLoader().getResource("application.properties"),
                    250);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
