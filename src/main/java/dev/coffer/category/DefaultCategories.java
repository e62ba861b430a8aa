package dev.coffer.category;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.coffer.user.UserRegistered;

/** Gives every new account the default categories, in the registering transaction. */
@ApplicationScoped
class DefaultCategories {

    void seed(@Observes UserRegistered event) {
        Category.createDefaults(event.userId());
    }
}
