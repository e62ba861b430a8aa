package dev.coffer.testing;

import java.util.Comparator;
import java.util.Set;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.ObserverMethod;

import io.quarkus.runtime.ShutdownEvent;

/**
 * What Quarkus does to some beans' shutdown observers when the instance stops, without stopping
 * the application: each is notified in its priority order, on the calling thread.
 */
public final class ShutdownObservers {

    private ShutdownObservers() {
    }

    /** Notifies the {@link ShutdownEvent} observers declared by {@code beanClasses}, as a shutdown would. */
    public static void notifyAll(BeanManager beans, Class<?>... beanClasses) {
        Set<Class<?>> declaring = Set.of(beanClasses);
        ShutdownEvent event = new ShutdownEvent();
        beans.resolveObserverMethods(event).stream()
                .filter(observer -> declaring.contains(observer.getBeanClass()))
                .sorted(Comparator.comparingInt(ObserverMethod::getPriority))
                .forEach(observer -> observer.notify(event));
    }
}
