package dev.coffer.category;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UuidGenerator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A description the user saved for quick picking when recording an expense in a category. Never
 * changed once saved (only created and deleted), so it has no version.
 */
@Entity
@Table(name = "category_descriptions")
public class CategoryDescription extends PanacheEntityBase {

    public static final int TEXT_MAX = 200;

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(name = "user_id", nullable = false, updatable = false)
    public UUID userId;

    @Column(name = "category_id", nullable = false)
    public UUID categoryId;

    public String text;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    /** The category's saved descriptions, alphabetically (the unique index on {@code (category_id, lower(text))}). */
    static List<CategoryDescription> listForCategory(UUID categoryId) {
        return list("categoryId = ?1 order by lower(text), id", categoryId);
    }

    static Optional<CategoryDescription> findByText(UUID categoryId, String text) {
        return find("categoryId = ?1 and lower(text) = lower(?2)", categoryId, text).firstResultOptional();
    }

    static Optional<CategoryDescription> findOwned(UUID userId, UUID categoryId, UUID id) {
        return find("id = ?1 and categoryId = ?2 and userId = ?3", id, categoryId, userId).firstResultOptional();
    }

    /** Moves a category's descriptions to another, except texts the other already has (they go with the deleted one). */
    static void moveAll(UUID from, UUID to) {
        getEntityManager().createQuery("update CategoryDescription d set d.categoryId = :to where d.categoryId = :from "
                + "and not exists (select 1 from CategoryDescription e where e.categoryId = :to and lower(e.text) = lower(d.text))")
                .setParameter("from", from).setParameter("to", to).executeUpdate();
    }
}
