package dev.coffer.institution;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class InstitutionResourceTest {

    static final String PATH = "/api/v1/institutions";

    @Test
    void createAnswers201WithLocationAndETagAndExactlyTheInstitutionFields() {
        Account user = TestAccounts.create("institution-create");
        Response created = as(user).body(Map.of("name", " Deutsche Bank ", "country", "DE",
                "website", "https://www.deutsche-bank.de")).when().post(PATH)
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo("Deutsche Bank"))
                .body("country", equalTo("DE"))
                .body("website", equalTo("https://www.deutsche-bank.de"))
                .body("version", equalTo(0))
                .body("created_at", endsWith("Z"))
                .extract().response();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(PATH + "/" + id);
        assertThat(created.jsonPath().getMap("").keySet()).containsExactlyInAnyOrder("id", "name", "country", "website",
                "version", "created_at", "updated_at");
        as(user).when().get(PATH + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("name", equalTo("Deutsche Bank"));
        as(user).body(Map.of("name", "Local credit union", "country", "US")).when().post(PATH).then().statusCode(201)
                .body("website", nullValue());
    }

    @Test
    void theListIsPagedAndSortedByNameCaseInsensitively() {
        Account user = TestAccounts.create("institution-list");
        for (String name : List.of("charles Schwab", "Barclays", "ING")) {
            as(user).body(Map.of("name", name, "country", "GB")).when().post(PATH).then().statusCode(201);
        }
        as(user).queryParam("size", 2).when().get(PATH).then().statusCode(200)
                .body("items.name", contains("Barclays", "charles Schwab"))
                .body("total", equalTo(3)).body("page", equalTo(1)).body("size", equalTo(2)).body("pages", equalTo(2));
        as(user).queryParam("size", 2).queryParam("page", 2).when().get(PATH).then().statusCode(200)
                .body("items.name", contains("ING"));
        as(user).queryParam("size", 201).when().get(PATH).then().statusCode(422).body("errors.field", hasItem("size"));
    }

    @Test
    void everyInvalidFieldIsA422NamingIt() {
        Account user = TestAccounts.create("institution-invalid");
        expect422(user, with("name", "  "), "name");
        expect422(user, with("name", "x".repeat(101)), "name");
        expect422(user, with("name", null), "name");
        expect422(user, with("country", null), "country");
        expect422(user, with("country", "de"), "country");
        expect422(user, with("country", "DEU"), "country");
        expect422(user, with("country", "XX"), "country");
        expect422(user, with("website", "ftp://bank.example"), "website");
        expect422(user, with("website", "www.bank.example"), "website");
        expect422(user, with("website", "https://"), "website");
        expect422(user, with("website", "https://bank.example/" + "x".repeat(2048)), "website");
        as(user).when().get(PATH).then().statusCode(200).body("total", equalTo(0));

        String id = as(user).body(with("name", "Fine")).when().post(PATH).then().statusCode(201).extract().path("id");
        as(user).body(Map.of("country", "ZZ")).when().patch(PATH + "/" + id).then().statusCode(422)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem("country"));
        as(user).body(Map.of("website", "mailto:bank@example.com")).when().patch(PATH + "/" + id).then().statusCode(422)
                .body("errors.field", hasItem("website"));
        as(user).body(Map.of("name", " ")).when().patch(PATH + "/" + id).then().statusCode(422)
                .body("errors.field", hasItem("name"));
        as(user).body("{\"name\": ").when().post(PATH).then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));
    }

    @Test
    void namesAreUniquePerUserInAnyCaseButNotAcrossUsers() {
        Account user = TestAccounts.create("institution-unique");
        Account other = TestAccounts.create("institution-unique-other");
        as(user).body(with("name", "Revolut")).when().post(PATH).then().statusCode(201);
        as(user).body(with("name", "REVOLUT")).when().post(PATH).then().statusCode(409)
                .body("code", equalTo("INSTITUTION_NAME_TAKEN"));
        as(other).body(with("name", "Revolut")).when().post(PATH).then().statusCode(201);
        String second = as(user).body(with("name", "N26")).when().post(PATH).then().statusCode(201).extract().path("id");
        as(user).body(Map.of("name", "revolut")).when().patch(PATH + "/" + second).then().statusCode(409)
                .body("code", equalTo("INSTITUTION_NAME_TAKEN"));
        as(user).body(Map.of("name", "n26")).when().patch(PATH + "/" + second).then().statusCode(200)
                .body("name", equalTo("n26"));
    }

    @Test
    void patchChangesOnlyTheFieldsSentAndHonoursIfMatch() {
        Account user = TestAccounts.create("institution-patch");
        Map<String, Object> body = with("name", "Chase");
        body.put("website", "http://chase.example");
        String id = as(user).body(body).when().post(PATH).then().statusCode(201).extract().path("id");

        as(user).header("If-Match", "\"5\"").body(Map.of("country", "CA")).when().patch(PATH + "/" + id)
                .then().statusCode(412).body("code", equalTo("VERSION_CONFLICT"));
        as(user).header("If-Match", "\"0\"").body(Map.of("country", "CA")).when().patch(PATH + "/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("country", equalTo("CA")).body("name", equalTo("Chase"))
                .body("website", equalTo("http://chase.example"));
        Map<String, Object> clear = new HashMap<>();
        clear.put("website", null);
        as(user).body(clear).when().patch(PATH + "/" + id).then().statusCode(200)
                .body("website", nullValue()).body("version", equalTo(2));

        as(user).header("If-Match", "\"1\"").when().delete(PATH + "/" + id)
                .then().statusCode(412).body("code", equalTo("VERSION_CONFLICT"));
        as(user).header("If-Match", "\"2\"").when().delete(PATH + "/" + id).then().statusCode(204);
        as(user).when().get(PATH + "/" + id).then().statusCode(404).body("code", equalTo("INSTITUTION_NOT_FOUND"));
    }

    @Test
    void anotherUsersInstitutionIsA404OnEveryMethodAndStaysUnchanged() {
        Account owner = TestAccounts.create("institution-owner");
        Account intruder = TestAccounts.create("institution-intruder");
        String id = as(owner).body(with("name", "Mine")).when().post(PATH).then().statusCode(201).extract().path("id");
        for (String path : List.of(PATH + "/" + id, PATH + "/not-a-uuid")) {
            as(intruder).when().get(path).then().statusCode(404).body("code", equalTo("INSTITUTION_NOT_FOUND"));
            as(intruder).body(Map.of("name", "Taken")).when().patch(path).then().statusCode(404)
                    .body("code", equalTo("INSTITUTION_NOT_FOUND"));
            as(intruder).when().delete(path).then().statusCode(404).body("code", equalTo("INSTITUTION_NOT_FOUND"));
        }
        as(intruder).when().get(PATH).then().statusCode(200).body("total", equalTo(0));
        as(owner).when().get(PATH + "/" + id).then().statusCode(200).body("name", equalTo("Mine"))
                .body("version", equalTo(0));
        given().when().get(PATH).then().statusCode(401);
    }

    @Test
    void anInstitutionNamedByAnAccountCannotBeDeleted() {
        Account user = TestAccounts.create("institution-in-use");
        String id = as(user).body(with("name", "Vanguard")).when().post(PATH).then().statusCode(201).extract().path("id");
        String account = as(user).body(Map.of("name", "Brokerage", "type", "investment", "currency", "USD",
                "institution_id", id)).when().post("/api/v1/accounts").then().statusCode(201).extract().path("id");
        as(user).when().delete(PATH + "/" + id).then().statusCode(409).body("code", equalTo("INSTITUTION_IN_USE"));
        as(user).when().get(PATH + "/" + id).then().statusCode(200);
        Map<String, Object> detach = new HashMap<>();
        detach.put("institution_id", null);
        as(user).body(detach).when().patch("/api/v1/accounts/" + account).then().statusCode(200);
        as(user).when().delete(PATH + "/" + id).then().statusCode(204);
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstCreate() {
        Account user = TestAccounts.create("institution-idempotent");
        String first = as(user).header("Idempotency-Key", "institution-1").body(with("name", "Once")).when().post(PATH)
                .then().statusCode(201).extract().path("id");
        as(user).header("Idempotency-Key", "institution-1").body(with("name", "Once")).when().post(PATH)
                .then().statusCode(201).header("Idempotent-Replayed", equalTo("true")).body("id", equalTo(first));
        as(user).header("Idempotency-Key", "institution-1").body(with("name", "Twice")).when().post(PATH)
                .then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        as(user).when().get(PATH).then().body("total", equalTo(1));
    }

    static RequestSpecification as(Account user) {
        return given().auth().oauth2(user.accessToken()).contentType(ContentType.JSON);
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Bank");
        body.put("country", "FR");
        body.put(field, value);
        return body;
    }

    private static void expect422(Account user, Map<String, Object> body, String field) {
        as(user).body(body).when().post(PATH).then().statusCode(422)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem(field));
    }
}
