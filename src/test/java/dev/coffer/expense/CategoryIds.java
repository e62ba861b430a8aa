package dev.coffer.expense;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The ids of a user's categories (the defaults every account starts with), read from the database the
 * application under test uses, as {@code RedisProbe} reads its Redis: black-box tests run outside the
 * application, and expenses need a category id to be recorded.
 */
final class CategoryIds {

    private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private CategoryIds() {
    }

    /** The user's categories, ordered by name ("Education", "Entertainment", "Food & Dining", ...). */
    static List<UUID> of(UUID userId) {
        String configured = System.getProperty("coffer.local.db-url", "");
        String url = configured.isBlank() ? DEFAULT_URL : configured;
        try (Connection connection = DriverManager.getConnection(url);
                PreparedStatement select = connection
                        .prepareStatement("select id from categories where user_id = ? order by name")) {
            select.setObject(1, userId);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the categories of " + userId, e);
        }
    }

    static UUID first(UUID userId) {
        return of(userId).getFirst();
    }
}
