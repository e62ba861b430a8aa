package dev.coffer.category;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.coffer.common.persistence.OwnedEntity;
import io.quarkus.panache.common.Sort;

@Entity
@Table(name = "categories")
public class Category extends OwnedEntity {

    private record Preset(String name, String color, String icon) {
    }

    /** The categories every new account starts with (the registration contract in the OpenAPI document). */
    private static final List<Preset> DEFAULTS = List.of(
            new Preset("Food & Dining", "#E76F51", "utensils"),
            new Preset("Transport", "#2A9D8F", "car"),
            new Preset("Housing", "#264653", "home"),
            new Preset("Utilities", "#E9C46A", "bolt"),
            new Preset("Health", "#D62828", "heart-pulse"),
            new Preset("Entertainment", "#9B5DE5", "film"),
            new Preset("Shopping", "#F15BB5", "shopping-bag"),
            new Preset("Travel", "#00BBF9", "plane"),
            new Preset("Education", "#3A86FF", "graduation-cap"),
            new Preset("Other", "#8D99AE", "dots"));

    public String name;

    @Column(columnDefinition = "bpchar(7)")
    public String color;

    public String icon;

    @Column(name = "parent_id")
    public UUID parentId;

    public boolean archived;

    public static List<Category> listForUser(UUID userId) {
        return list("userId", Sort.by("name"), userId);
    }

    /** Creates the default categories of a new user; call inside the registering transaction. */
    public static void createDefaults(UUID userId) {
        for (Preset preset : DEFAULTS) {
            Category category = new Category();
            category.userId = userId;
            category.name = preset.name();
            category.color = preset.color();
            category.icon = preset.icon();
            category.persist();
        }
    }
}
