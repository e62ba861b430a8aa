package dev.coffer.category;

import static dev.coffer.category.CategoryApi.PATH;
import static dev.coffer.category.CategoryApi.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.Concurrently;
import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
class CategoryResourceTest {

    private static final List<String> DEFAULT_NAMES = List.of("Education", "Entertainment", "Food & Dining", "Health",
            "Housing", "Other", "Shopping", "Transport", "Travel", "Utilities");

    @Test
    void listAnswersTheDefaultCategoriesSortedByNameWithExactlyTheCategoryFields() {
        Account account = TestAccounts.create("cat-list");
        JsonPath list = as(account).when().get(PATH).then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("name", String.class)).containsExactlyElementsOf(DEFAULT_NAMES);
        Map<String, Object> first = list.getMap("[0]");
        assertThat(first.keySet()).containsExactlyInAnyOrder("id", "name", "color", "icon", "parent_id", "archived",
                "expense_count", "version", "created_at", "updated_at");
        assertThat(first).containsEntry("expense_count", 0).containsEntry("archived", false).containsEntry("parent_id", null);
    }

    @Test
    void createAnswers201WithLocationAndETagAndTheCategoryReadsBack() {
        Account account = TestAccounts.create("cat-create");
        Response created = as(account).body(Map.of("name", "  Groceries ", "color", "#2a9d8f", "icon", "cart"))
                .when().post(PATH)
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo("Groceries"))
                .body("color", equalTo("#2A9D8F"))
                .body("icon", equalTo("cart"))
                .body("parent_id", nullValue())
                .body("archived", equalTo(false))
                .body("expense_count", equalTo(0))
                .body("version", equalTo(0))
                .body("created_at", endsWith("Z"))
                .extract().response();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(PATH + "/" + id);

        as(account).when().get(PATH + "/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id))
                .body("name", equalTo("Groceries"));
        as(account).when().get(PATH).then().statusCode(200).body("name", hasItem("Groceries"));
    }

    @Test
    void createWithoutColourOrIconGetsTheDefaultGreyAndNoIcon() {
        Account account = TestAccounts.create("cat-default");
        as(account).body(Map.of("name", "Pets", "icon", "  "))
                .when().post(PATH)
                .then().statusCode(201).body("color", equalTo("#8D99AE")).body("icon", nullValue());
    }

    @Test
    void invalidFieldsAre422NamingTheField() {
        Account account = TestAccounts.create("cat-invalid");
        expect422(account, Map.of("name", "Bad colour", "color", "red"), "color");
        expect422(account, Map.of("name", "Short colour", "color", "#12345"), "color");
        expect422(account, Map.of("name", "Not hex", "color", "#GGGGGG"), "color");
        expect422(account, Map.of("name", ""), "name");
        expect422(account, Map.of("name", "   "), "name");
        expect422(account, Map.of("name", "x".repeat(61)), "name");
        expect422(account, Map.of("color", "#FFFFFF"), "name");
        expect422(account, Map.of("name", "Long icon", "icon", "i".repeat(41)), "icon");
        expect422(account, Map.of("name", "Bad parent", "parent_id", "not-a-uuid"), "parent_id");
        as(account).when().post(PATH).then().statusCode(422).body("code", equalTo("VALIDATION_FAILED"));
        as(account).body("{\"name\": ").when().post(PATH).then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));

        String id = CategoryApi.create(account, "Valid");
        as(account).body(Map.of("color", "blue")).when().patch(PATH + "/" + id)
                .then().statusCode(422).body("errors.field", contains("color"));
        as(account).body(Map.of("name", " ")).when().patch(PATH + "/" + id)
                .then().statusCode(422).body("errors.field", contains("name"));
        as(account).body(Map.of("icon", "i".repeat(41))).when().patch(PATH + "/" + id)
                .then().statusCode(422).body("errors.field", contains("icon"));
        as(account).body(Map.of("name", "x".repeat(60))).when().patch(PATH + "/" + id).then().statusCode(200);
        assertThat(as(account).when().get(PATH).then().extract().jsonPath().getList("name", String.class))
                .as("nothing invalid was stored").containsExactlyInAnyOrderElementsOf(
                        concat(DEFAULT_NAMES, "x".repeat(60)));
    }

    @Test
    void lengthsCountCharactersAsStoredNotUtf16Units() {
        Account account = TestAccounts.create("cat-code-points");
        // U+1F34E is one character in Postgres and two UTF-16 units in Java.
        String apple = "\uD83C\uDF4E";
        expect422(account, Map.of("name", apple.repeat(61)), "name");
        expect422(account, Map.of("name", "Long icon", "icon", apple.repeat(41)), "icon");
        String id = as(account).body(Map.of("name", apple.repeat(60), "icon", apple.repeat(40))).when().post(PATH)
                .then().statusCode(201).body("name", equalTo(apple.repeat(60))).extract().path("id");
        as(account).body(Map.of("icon", apple.repeat(41))).when().patch(PATH + "/" + id)
                .then().statusCode(422).body("errors.field", contains("icon"));
        String descriptions = PATH + "/" + id + "/descriptions";
        as(account).body(Map.of("text", apple.repeat(201))).when().post(descriptions)
                .then().statusCode(422).body("errors.field", contains("text"));
        as(account).body(Map.of("text", apple.repeat(200))).when().post(descriptions).then().statusCode(201);
    }

    @Test
    void namesAreUniquePerUserRegardlessOfCase() {
        Account account = TestAccounts.create("cat-unique");
        as(account).body(Map.of("name", "food & dining")).when().post(PATH)
                .then().statusCode(409).body("code", equalTo("CATEGORY_NAME_TAKEN"));
        as(account).body(Map.of("name", " TRANSPORT ")).when().post(PATH)
                .then().statusCode(409).body("code", equalTo("CATEGORY_NAME_TAKEN"));

        String pets = CategoryApi.create(account, "Pets");
        as(account).body(Map.of("name", "HEALTH")).when().patch(PATH + "/" + pets)
                .then().statusCode(409).body("code", equalTo("CATEGORY_NAME_TAKEN"));
        as(account).body(Map.of("name", "PETS")).when().patch(PATH + "/" + pets)
                .then().statusCode(200).body("name", equalTo("PETS")).body("version", equalTo(1));

        Account other = TestAccounts.create("cat-unique-other");
        as(other).body(Map.of("name", "Pets")).when().post(PATH).then().statusCode(201);
    }

    @Test
    void concurrentCreatesOfOneNameMakeOneCategoryAndTheRestAre409() {
        Account account = TestAccounts.create("cat-race");
        List<Integer> statuses = Concurrently.run(8, i -> as(account).body(Map.of("name", "Race " + (i % 2 == 0 ? "a" : "A")))
                .when().post(PATH).then().extract().statusCode());
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses.stream().filter(status -> status == 201).count()).isEqualTo(1);
        assertThat(as(account).when().get(PATH).then().extract().jsonPath().getList("name", String.class))
                .filteredOn(name -> name.equalsIgnoreCase("race a")).hasSize(1);
    }

    @Test
    void categoriesNestOneLevelUnderTopLevelCategoriesOnly() {
        Account account = TestAccounts.create("cat-nest");
        String transport = idOf(account, "Transport");
        String fuel = CategoryApi.create(account, "Fuel", transport);
        assertThat(CategoryApi.get(account, fuel).getString("parent_id")).isEqualTo(transport);

        // Depth 2 refused, on create and on update.
        expect422(account, body("name", "Diesel", "parent_id", fuel), "parent_id");
        String diesel = CategoryApi.create(account, "Diesel");
        as(account).body(Map.of("parent_id", fuel)).when().patch(PATH + "/" + diesel)
                .then().statusCode(422).body("errors.field", contains("parent_id"));
        // A category with children cannot become a child.
        as(account).body(Map.of("parent_id", idOf(account, "Travel"))).when().patch(PATH + "/" + transport)
                .then().statusCode(422).body("errors.field", contains("parent_id"));
        // Nor its own parent.
        as(account).body(Map.of("parent_id", diesel)).when().patch(PATH + "/" + diesel)
                .then().statusCode(422).body("errors.field", contains("parent_id"));
        // Missing parent.
        expect422(account, body("name", "Orphan", "parent_id", UUID.randomUUID().toString()), "parent_id");

        // parent_id: null un-nests; an absent parent_id keeps it.
        as(account).body(Map.of("icon", "pump")).when().patch(PATH + "/" + fuel)
                .then().statusCode(200).body("parent_id", equalTo(transport));
        as(account).body("{\"parent_id\": null}").when().patch(PATH + "/" + fuel)
                .then().statusCode(200).body("parent_id", nullValue()).body("icon", equalTo("pump"));
        // Now Transport has no children and may become one.
        as(account).body(Map.of("parent_id", idOf(account, "Travel"))).when().patch(PATH + "/" + transport)
                .then().statusCode(200).body("parent_id", equalTo(idOf(account, "Travel")));
    }

    @Test
    void patchChangesOnlyTheFieldsSentAndNullClearsTheIcon() {
        Account account = TestAccounts.create("cat-patch");
        String id = as(account).body(Map.of("name", "Books", "color", "#111111", "icon", "book"))
                .when().post(PATH).then().statusCode(201).extract().path("id");
        as(account).body(Map.of("color", "#abcdef")).when().patch(PATH + "/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Books"))
                .body("color", equalTo("#ABCDEF"))
                .body("icon", equalTo("book"))
                .body("version", equalTo(1));
        as(account).body("{\"icon\": null, \"name\": null}").when().patch(PATH + "/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("name", equalTo("Books"))
                .body("icon", nullValue());
        as(account).when().get(PATH + "/" + id).then().header("ETag", equalTo("\"2\"")).body("icon", nullValue());
    }

    @Test
    void archivedCategoriesAreListedOnlyWithIncludeArchived() {
        Account account = TestAccounts.create("cat-archive");
        String health = idOf(account, "Health");
        as(account).body(Map.of("archived", true)).when().patch(PATH + "/" + health)
                .then().statusCode(200).body("archived", equalTo(true));
        as(account).when().get(PATH).then().statusCode(200).body("name", not(hasItem("Health"))).body("$", hasSize(9));
        as(account).queryParam("include_archived", false).when().get(PATH).then().body("$", hasSize(9));
        as(account).queryParam("include_archived", true).when().get(PATH)
                .then().statusCode(200).body("$", hasSize(10))
                .body("find { it.name == 'Health' }.archived", equalTo(true));
        as(account).when().get(PATH + "/" + health).then().statusCode(200).body("archived", equalTo(true));
        as(account).body(Map.of("archived", false)).when().patch(PATH + "/" + health).then().statusCode(200);
        as(account).when().get(PATH).then().body("$", hasSize(10));
    }

    @Test
    void deleteWithoutReassignMovesChildrenToTheTopLevel() {
        Account account = TestAccounts.create("cat-delete");
        String parent = CategoryApi.create(account, "Hobbies");
        String child = CategoryApi.create(account, "Climbing", parent);
        as(account).when().delete(PATH + "/" + parent).then().statusCode(204);
        as(account).when().get(PATH + "/" + parent).then().statusCode(404).body("code", equalTo("CATEGORY_NOT_FOUND"));
        JsonPath moved = CategoryApi.get(account, child);
        assertThat(moved.getString("parent_id")).isNull();
        assertThat(moved.getInt("version")).as("the move is a change clients see in the ETag").isEqualTo(1);
        as(account).when().delete(PATH + "/" + parent).then().statusCode(404);
    }

    @Test
    void deleteWithReassignMovesChildrenUnderATopLevelTarget() {
        Account account = TestAccounts.create("cat-reassign");
        String parent = CategoryApi.create(account, "Hobbies");
        String first = CategoryApi.create(account, "Climbing", parent);
        String second = CategoryApi.create(account, "Chess", parent);
        String target = idOf(account, "Entertainment");
        as(account).queryParam("reassign_to", target).when().delete(PATH + "/" + parent).then().statusCode(204);
        assertThat(CategoryApi.get(account, first).getString("parent_id")).isEqualTo(target);
        assertThat(CategoryApi.get(account, second).getString("parent_id")).isEqualTo(target);
    }

    @Test
    void deleteReassigningToASubcategoryOfAnotherParentMovesChildrenToTheTopLevel() {
        Account account = TestAccounts.create("cat-reassign-sub");
        String parent = CategoryApi.create(account, "Hobbies");
        String child = CategoryApi.create(account, "Climbing", parent);
        String target = CategoryApi.create(account, "Cinema", idOf(account, "Entertainment"));
        as(account).queryParam("reassign_to", target).when().delete(PATH + "/" + parent).then().statusCode(204);
        assertThat(CategoryApi.get(account, child).getString("parent_id")).isNull();
        assertThat(CategoryApi.get(account, target).getString("parent_id")).isEqualTo(idOf(account, "Entertainment"));
    }

    @Test
    void deleteReassigningToItsOwnSubcategoryLiftsItAndNestsTheOthersUnderIt() {
        Account account = TestAccounts.create("cat-reassign-own");
        String parent = CategoryApi.create(account, "Hobbies");
        String first = CategoryApi.create(account, "Climbing", parent);
        String second = CategoryApi.create(account, "Chess", parent);
        as(account).queryParam("reassign_to", first).when().delete(PATH + "/" + parent).then().statusCode(204);
        assertThat(CategoryApi.get(account, first).getString("parent_id")).isNull();
        assertThat(CategoryApi.get(account, second).getString("parent_id")).isEqualTo(first);
    }

    @Test
    void reassignToMustBeAnotherExistingCategoryOfTheUser() {
        Account account = TestAccounts.create("cat-reassign-bad");
        String id = CategoryApi.create(account, "Doomed");
        for (String target : new String[] { id, UUID.randomUUID().toString(), "not-a-uuid", "" }) {
            as(account).queryParam("reassign_to", target).when().delete(PATH + "/" + id)
                    .then().statusCode(422).body("errors.field", contains("reassign_to"));
        }
        CategoryApi.get(account, id);
    }

    @Test
    void deleteWithReassignMovesSavedDescriptionsTheTargetLacks() {
        Account account = TestAccounts.create("cat-reassign-desc");
        String from = CategoryApi.create(account, "From");
        String to = CategoryApi.create(account, "To");
        CategoryApi.saveDescription(account, from, "Bus ticket");
        CategoryApi.saveDescription(account, from, "Taxi");
        String kept = CategoryApi.saveDescription(account, to, "TAXI");
        as(account).queryParam("reassign_to", to).when().delete(PATH + "/" + from).then().statusCode(204);
        as(account).when().get(PATH + "/" + to + "/descriptions")
                .then().statusCode(200)
                .body("text", contains("Bus ticket", "TAXI"))
                .body("find { it.text == 'TAXI' }.id", equalTo(kept));
    }

    @Test
    void staleIfMatchIs412AndChangesNothing() {
        Account account = TestAccounts.create("cat-ifmatch");
        String id = CategoryApi.create(account, "Garden");
        as(account).header("If-Match", "\"0\"").body(Map.of("name", "Garden & Yard")).when().patch(PATH + "/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\""));
        as(account).header("If-Match", "\"0\"").body(Map.of("name", "Stale")).when().patch(PATH + "/" + id)
                .then().statusCode(412).body("code", equalTo("VERSION_CONFLICT"));
        as(account).header("If-Match", "\"0\"").when().delete(PATH + "/" + id)
                .then().statusCode(412).body("code", equalTo("VERSION_CONFLICT"));
        assertThat(CategoryApi.get(account, id).getString("name")).isEqualTo("Garden & Yard");
        as(account).header("If-Match", "\"1\"").when().delete(PATH + "/" + id).then().statusCode(204);
    }

    @Test
    void parallelPatchesWithOneIfMatchLetExactlyOneThrough() {
        Account account = TestAccounts.create("cat-parallel");
        String id = CategoryApi.create(account, "Contested");
        List<Response> responses = Concurrently.run(8, i -> as(account).header("If-Match", "\"0\"")
                .body(Map.of("name", "Winner " + i)).when().patch(PATH + "/" + id).then().extract().response());
        List<Integer> statuses = responses.stream().map(Response::statusCode).toList();
        assertThat(statuses).containsOnly(200, 412);
        assertThat(statuses.stream().filter(status -> status == 200).count()).isEqualTo(1);
        String winner = responses.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow().path("name");
        JsonPath stored = CategoryApi.get(account, id);
        assertThat(stored.getString("name")).isEqualTo(winner);
        assertThat(stored.getInt("version")).isEqualTo(1);
    }

    @Test
    void parallelPatchesWithoutIfMatchAreAllAppliedOneAfterAnother() {
        Account account = TestAccounts.create("cat-parallel-free");
        String id = CategoryApi.create(account, "Busy");
        List<Integer> statuses = Concurrently.run(8, i -> as(account).body(Map.of("icon", "icon-" + i))
                .when().patch(PATH + "/" + id).then().extract().statusCode());
        assertThat(statuses).containsOnly(200);
        assertThat(CategoryApi.get(account, id).getInt("version")).isEqualTo(8);
    }

    @Test
    void savedDescriptionsAreListedSavedOnceByTextAndDeleted() {
        Account account = TestAccounts.create("cat-desc");
        String category = idOf(account, "Food & Dining");
        String descriptions = PATH + "/" + category + "/descriptions";
        as(account).when().get(descriptions).then().statusCode(200).body("$", hasSize(0));

        Response saved = as(account).body(Map.of("text", "  Weekly groceries ")).when().post(descriptions)
                .then().statusCode(201)
                .body("text", equalTo("Weekly groceries"))
                .body("source", equalTo("saved"))
                .body("use_count", equalTo(0))
                .extract().response();
        String id = saved.path("id");
        assertThat(saved.header("Location")).endsWith(descriptions + "/" + id);
        assertThat(saved.jsonPath().getMap("").keySet()).containsExactlyInAnyOrder("id", "text", "source", "use_count");

        // The same text in any case is the same description: 200 with the saved one.
        as(account).body(Map.of("text", "WEEKLY GROCERIES")).when().post(descriptions)
                .then().statusCode(200).body("id", equalTo(id)).body("text", equalTo("Weekly groceries"));
        CategoryApi.saveDescription(account, category, "Bakery");
        as(account).when().get(descriptions).then().statusCode(200)
                .body("text", contains("Bakery", "Weekly groceries"))
                .body("source", contains("saved", "saved"));

        as(account).when().delete(descriptions + "/" + id).then().statusCode(204);
        as(account).when().delete(descriptions + "/" + id).then().statusCode(404).body("code", equalTo("DESCRIPTION_NOT_FOUND"));
        as(account).when().delete(descriptions + "/not-a-uuid").then().statusCode(404);
        as(account).when().get(descriptions).then().body("text", contains("Bakery"));
    }

    @Test
    void descriptionTextMustBeOneTo200CharactersAfterTrimming() {
        Account account = TestAccounts.create("cat-desc-invalid");
        String descriptions = PATH + "/" + idOf(account, "Other") + "/descriptions";
        for (String text : new String[] { "", "   ", "d".repeat(201) }) {
            as(account).body(Map.of("text", text)).when().post(descriptions)
                    .then().statusCode(422).body("errors.field", contains("text"));
        }
        as(account).body("{}").when().post(descriptions).then().statusCode(422).body("errors.field", contains("text"));
        as(account).body(Map.of("text", " " + "d".repeat(200) + " ")).when().post(descriptions).then().statusCode(201);
    }

    @Test
    void anotherUsersIdsAre404OnEveryEndpointAndLeaveTheirDataUnchanged() {
        Account owner = TestAccounts.create("cat-owner");
        Account intruder = TestAccounts.create("cat-intruder");
        String category = CategoryApi.create(owner, "Private");
        String description = CategoryApi.saveDescription(owner, category, "Secret");
        String url = PATH + "/" + category;

        as(intruder).when().get(url).then().statusCode(404).body("code", equalTo("CATEGORY_NOT_FOUND"));
        as(intruder).body(Map.of("name", "Mine")).when().patch(url).then().statusCode(404).body("code", equalTo("CATEGORY_NOT_FOUND"));
        as(intruder).header("If-Match", "\"0\"").body(Map.of("name", "Mine")).when().patch(url).then().statusCode(404);
        as(intruder).when().delete(url).then().statusCode(404).body("code", equalTo("CATEGORY_NOT_FOUND"));
        as(intruder).when().get(url + "/descriptions").then().statusCode(404).body("code", equalTo("CATEGORY_NOT_FOUND"));
        as(intruder).body(Map.of("text", "Planted")).when().post(url + "/descriptions")
                .then().statusCode(404).body("code", equalTo("CATEGORY_NOT_FOUND"));
        as(intruder).when().delete(url + "/descriptions/" + description)
                .then().statusCode(404).body("code", equalTo("CATEGORY_NOT_FOUND"));
        // The owner's description id under the intruder's own category is not theirs either.
        String own = idOf(intruder, "Other");
        as(intruder).when().delete(PATH + "/" + own + "/descriptions/" + description)
                .then().statusCode(404).body("code", equalTo("DESCRIPTION_NOT_FOUND"));
        // Pointing at the owner's category from the intruder's own ones is a 422.
        as(intruder).queryParam("reassign_to", category).when().delete(PATH + "/" + own)
                .then().statusCode(422).body("errors.field", contains("reassign_to"));
        expect422(intruder, body("name", "Nested", "parent_id", category), "parent_id");
        as(intruder).body(Map.of("parent_id", category)).when().patch(PATH + "/" + own)
                .then().statusCode(422).body("errors.field", contains("parent_id"));

        JsonPath unchanged = CategoryApi.get(owner, category);
        assertThat(unchanged.getString("name")).isEqualTo("Private");
        assertThat(unchanged.getInt("version")).isZero();
        as(owner).when().get(url + "/descriptions").then().body("id", contains(description)).body("text", contains("Secret"));
        as(intruder).when().get(PATH).then().body("name", not(hasItem("Private"))).body("name", not(hasItem("Mine")));
        CategoryApi.get(intruder, own);
    }

    @Test
    void malformedOrUnknownIdsAre404() {
        Account account = TestAccounts.create("cat-404");
        for (String id : new String[] { "not-a-uuid", UUID.randomUUID().toString(), "1234" }) {
            String url = PATH + "/" + id;
            as(account).when().get(url).then().statusCode(404).body("code", equalTo("CATEGORY_NOT_FOUND"));
            as(account).body(Map.of("name", "x")).when().patch(url).then().statusCode(404).body("code", equalTo("CATEGORY_NOT_FOUND"));
            as(account).when().delete(url).then().statusCode(404).body("code", equalTo("CATEGORY_NOT_FOUND"));
            as(account).queryParam("reassign_to", "junk").when().delete(url)
                    .then().statusCode(404).body("code", equalTo("CATEGORY_NOT_FOUND"));
            as(account).when().get(url + "/descriptions").then().statusCode(404).body("code", equalTo("CATEGORY_NOT_FOUND"));
            as(account).body(Map.of("text", "x")).when().post(url + "/descriptions").then().statusCode(404);
            as(account).when().delete(url + "/descriptions/" + UUID.randomUUID()).then().statusCode(404);
        }
    }

    @Test
    void everyEndpointNeedsAToken() {
        String id = UUID.randomUUID().toString();
        given().when().get(PATH).then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"));
        given().contentType("application/json").body(Map.of("name", "x")).when().post(PATH).then().statusCode(401);
        given().when().get(PATH + "/" + id).then().statusCode(401);
        given().contentType("application/json").body(Map.of("name", "x")).when().patch(PATH + "/" + id).then().statusCode(401);
        given().when().delete(PATH + "/" + id).then().statusCode(401);
        given().when().get(PATH + "/" + id + "/descriptions").then().statusCode(401);
    }

    static String idOf(Account account, String name) {
        return as(account).queryParam("include_archived", true).when().get(PATH)
                .then().statusCode(200).extract().jsonPath().getString("find { it.name == '" + name + "' }.id");
    }

    private static void expect422(Account account, Map<String, ?> body, String field) {
        as(account).body(body).when().post(PATH)
                .then().statusCode(422)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains(field));
    }

    private static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    private static List<String> concat(List<String> names, String extra) {
        List<String> all = new java.util.ArrayList<>(names);
        all.add(extra);
        return all;
    }
}
