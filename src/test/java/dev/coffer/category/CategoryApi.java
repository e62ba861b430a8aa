package dev.coffer.category;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import dev.coffer.testing.TestAccounts.Account;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** The category endpoints as tests call them, through HTTP only (usable from black-box tests). */
public final class CategoryApi {

    public static final String PATH = "/api/v1/categories";

    private CategoryApi() {
    }

    public static RequestSpecification as(Account account) {
        return given().auth().oauth2(account.accessToken()).contentType(ContentType.JSON);
    }

    /** Creates a top-level category and returns its id. */
    public static String create(Account account, String name) {
        return create(account, name, null);
    }

    /** Creates a category under {@code parentId} (null: top-level) and returns its id. */
    public static String create(Account account, String name, String parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("parent_id", parentId);
        return as(account).body(body).when().post(PATH).then().statusCode(201).extract().path("id");
    }

    public static JsonPath get(Account account, String id) {
        return as(account).when().get(PATH + "/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** Saves a quick-pick description and returns its id. */
    public static String saveDescription(Account account, String categoryId, String text) {
        return as(account).body(Map.of("text", text)).when().post(PATH + "/" + categoryId + "/descriptions")
                .then().statusCode(201).extract().path("id");
    }
}
