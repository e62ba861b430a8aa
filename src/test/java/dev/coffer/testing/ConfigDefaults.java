package dev.coffer.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Where the defaults of {@code @ConfigMapping} interfaces are written, to keep each in one place. */
public final class ConfigDefaults {

    private ConfigDefaults() {
    }

    /** Property names that carry a {@code @WithDefault} in the mapping, nested groups included. */
    public static Set<String> inMapping(Class<?> mapping) {
        Set<String> names = new TreeSet<>();
        collect(mapping.getAnnotation(ConfigMapping.class).prefix(), mapping, names);
        return names;
    }

    /** Keys application.properties sets for every profile (not the {@code %profile.} ones). */
    public static Set<String> inApplicationProperties() {
        Properties properties = new Properties();
        try (InputStream in = ConfigDefaults.class.getClassLoader().getResourceAsStream("application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> keys = new TreeSet<>(properties.stringPropertyNames());
        keys.removeIf(key -> key.startsWith("%"));
        return keys;
    }

    private static void collect(String prefix, Class<?> group, Set<String> into) {
        for (Method method : group.getMethods()) {
            if (method.getParameterCount() > 0 || method.isDefault()) {
                continue;
            }
            WithName name = method.getAnnotation(WithName.class);
            String property = prefix + "." + (name != null ? name.value() : kebab(method.getName()));
            if (method.isAnnotationPresent(WithDefault.class)) {
                into.add(property);
            } else if (method.getReturnType().isInterface() && method.getReturnType().getPackageName().startsWith("dev.coffer")) {
                collect(property, method.getReturnType(), into);
            }
        }
    }

    private static String kebab(String methodName) {
        return methodName.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }
}
