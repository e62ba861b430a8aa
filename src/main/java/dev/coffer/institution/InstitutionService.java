package dev.coffer.institution;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.coffer.common.error.ApiException;
import dev.coffer.common.error.DatabaseFailures;
import dev.coffer.common.web.ETags;
import dev.coffer.common.web.PageParams;
import dev.coffer.common.web.PageResponse;
import io.quarkus.logging.Log;

/** A user's institutions. Writes lock the row before comparing {@code If-Match}, so the check and the change are one step. */
@ApplicationScoped
public class InstitutionService {

    /** The officially assigned ISO 3166-1 alpha-2 codes, as the JDK knows them. */
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    PageResponse<InstitutionResponse> list(UUID userId, PageParams page) {
        return Institution.pageForUser(userId, page);
    }

    InstitutionResponse get(UUID userId, UUID id) {
        return InstitutionResponse.of(Institution.findOwned(userId, id).orElseThrow(InstitutionService::notFound));
    }

    @Transactional
    InstitutionResponse create(UUID userId, CreateInstitutionRequest request) {
        String name = request.name().strip();
        Institution institution = new Institution();
        institution.userId = userId;
        institution.country = country(request.country());
        institution.website = website(request.website());
        checkNameFree(userId, name, null);
        institution.name = name;
        try {
            institution.persistAndFlush();
        } catch (RuntimeException e) {
            throw translate(e, name);
        }
        Log.debugf("User %s created institution %s", userId, institution.id);
        return InstitutionResponse.of(institution);
    }

    @Transactional
    InstitutionResponse update(UUID userId, UUID id, UpdateInstitutionRequest request, String ifMatch) {
        Institution institution = Institution.lockOwned(userId, id).orElseThrow(InstitutionService::notFound);
        ETags.checkIfMatch(ifMatch, institution.version);
        String country = request.country() == null ? institution.country : country(request.country());
        String website = request.website().isPresent() ? website(request.website().value()) : institution.website;
        String name = request.name() == null ? institution.name : request.name().strip();
        if (request.name() != null) {
            checkNameFree(userId, name, id);
        }
        institution.name = name;
        institution.country = country;
        institution.website = website;
        try {
            Institution.flush();
        } catch (RuntimeException e) {
            throw translate(e, name);
        }
        return InstitutionResponse.of(institution);
    }

    /** Deletes an institution that no account names; accounts referencing it take no action on delete, so it stays. */
    @Transactional
    void delete(UUID userId, UUID id, String ifMatch) {
        Institution institution = Institution.lockOwned(userId, id).orElseThrow(InstitutionService::notFound);
        ETags.checkIfMatch(ifMatch, institution.version);
        institution.delete();
        try {
            Institution.flush();
        } catch (RuntimeException e) {
            throw DatabaseFailures.violatesForeignKey(e) ? ApiException.conflict("INSTITUTION_IN_USE",
                    "Accounts still name this institution; move or delete them first") : e;
        }
    }

    private static String country(String code) {
        if (!COUNTRIES.contains(code)) {
            throw ApiException.invalidField("country", "must be an ISO 3166-1 alpha-2 country code in upper case, such as DE");
        }
        return code;
    }

    /** Null stays null; anything else must be an absolute http or https URL with a host. */
    private static String website(String url) {
        if (url == null) {
            return null;
        }
        String stripped = url.strip();
        if (stripped.length() > Institution.WEBSITE_MAX) {
            throw ApiException.invalidField("website", "must be at most " + Institution.WEBSITE_MAX + " characters");
        }
        try {
            URI uri = new URI(stripped);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return stripped;
            }
        } catch (URISyntaxException e) {
            // Reported below like any other URL that is not http or https.
        }
        throw ApiException.invalidField("website", "must be an http or https URL such as https://example.com");
    }

    /**
     * Answers a taken name before writing, so the common case is no failed statement. Two requests
     * racing for one name both pass this; the unique index stops the second, see {@link #translate}.
     */
    private static void checkNameFree(UUID userId, String name, UUID except) {
        if (Institution.nameTaken(userId, name, except)) {
            throw nameTaken(name);
        }
    }

    private static RuntimeException translate(RuntimeException failure, String name) {
        return DatabaseFailures.violates(failure, Institution.NAME_INDEX) ? nameTaken(name) : failure;
    }

    private static ApiException nameTaken(String name) {
        return ApiException.conflict("INSTITUTION_NAME_TAKEN", "You already have an institution named '" + name + "'");
    }

    static ApiException notFound() {
        return ApiException.notFound("INSTITUTION_NOT_FOUND", "No such institution");
    }
}
