package dev.coffer.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

@Entity
@Table(name = "users")
public class User extends PanacheEntityBase {

    public static final String ROLE_USER = "user";
    public static final String ROLE_ADMIN = "admin";

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    /** Always stored trimmed and lower-cased, so equality lookups need no function index. */
    public String email;

    @Column(name = "password_hash")
    public String passwordHash;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "base_currency", columnDefinition = "bpchar(3)")
    public String baseCurrency;

    public String timezone;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> roles;

    public boolean disabled;

    @Version
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<User> findByEmail(String normalisedEmail) {
        return find("email", normalisedEmail).firstResultOptional();
    }

    public static boolean emailTaken(String normalisedEmail) {
        return count("email", normalisedEmail) > 0;
    }

    /** Users whose email contains {@code q} (any case), newest first; all users when {@code q} is blank. */
    public static PanacheQuery<User> search(String q) {
        Sort newestFirst = Sort.descending("createdAt").and("id", Sort.Direction.Descending);
        if (q == null || q.isBlank()) {
            return findAll(newestFirst);
        }
        String pattern = "%" + q.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return find("email like ?1 escape '\\'", newestFirst, pattern);
    }
}
