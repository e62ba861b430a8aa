package dev.coffer.sync;

import java.util.Comparator;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.ObserverMethod;

import dev.coffer.currency.provider.ExchangeRateProviders;
import io.quarkus.runtime.ShutdownEvent;

/**
 * What Quarkus does to the sync's shutdown observers when the instance stops, without stopping the
 * application: each is notified in its priority order, on the calling thread.
 */
final class ShutdownObservers {

    private ShutdownObservers() {
    }

    static void notifyAll(BeanManager beans) {
        ShutdownEvent event = new ShutdownEvent();
        beans.resolveObserverMethods(event).stream()
                .filter(observer -> observer.getBeanClass() == SyncRunner.class
                        || observer.getBeanClass() == ExchangeRateProviders.class)
                .sorted(Comparator.comparingInt(ObserverMethod::getPriority))
                .forEach(observer -> observer.notify(event));
    }
}
