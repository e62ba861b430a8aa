package io.quarkus.smallrye.openapi.runtime;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import io.quarkus.arc.Unremovable;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.logging.Log;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.quarkus.smallrye.openapi.runtime.filter.AutoSecurityFilter;
import io.smallrye.openapi.runtime.io.Format;

/**
 * Builds the OpenAPI document when {@code /q/openapi} is first asked for, not during start-up.
 *
 * <p>Quarkus 3.31 to 3.36 parse the build-time document (with the YAML parser) and write it out as
 * JSON and YAML at every start (quarkusio/quarkus#54826): an eighth of the native executable's
 * start-up work and one of its garbage collections, 0.1-0.3 s on the JVM, for a document that
 * clients rarely fetch and that grows with every endpoint. quarkusio/quarkus#55538 makes Quarkus
 * build it on first request unless a filter has to run at start-up; this applies the same rule to
 * the Quarkus this project builds with. Delete this class once the BOM carries that change.
 *
 * <p>It sits in the extension's package because the method the start-up recorder calls,
 * {@code prepareDocument}, is package-private. Overriding it needs both classes in one class
 * loader, which holds for the packaged jar and the native executable (the prod build, which the
 * {@code *IT} tests run) but not for dev and {@code @QuarkusTest} runs, whose application classes
 * have a class loader of their own; those keep Quarkus's eager document.
 */
@IfBuildProfile("prod")
@Alternative
@Priority(1)
@ApplicationScoped
@Unremovable
public class LazyOpenApiDocumentService extends OpenApiDocumentService {

    /** Documents not built yet, by name; an entry goes only once its document is built. */
    private final Map<String, Runnable> unbuilt = new ConcurrentHashMap<>();

    @Override
    void prepareDocument(AutoSecurityFilter autoSecurityFilter, Map<OpenApiFilter.RunStage, List<String>> filtersByStage,
            String documentName) {
        List<String> startupFilters = filtersByStage.get(OpenApiFilter.RunStage.RUNTIME_STARTUP);
        if (startupFilters != null && !startupFilters.isEmpty()) {
            // A filter that asks to run at start-up keeps Quarkus's own timing, as upstream.
            super.prepareDocument(autoSecurityFilter, filtersByStage, documentName);
            return;
        }
        unbuilt.put(documentName, () -> super.prepareDocument(autoSecurityFilter, filtersByStage, documentName));
    }

    @Override
    public byte[] getDocument(String documentName, Format format) {
        if (unbuilt.containsKey(documentName)) {
            build(documentName);
        }
        return super.getDocument(documentName, format);
    }

    private synchronized void build(String documentName) {
        Runnable builder = unbuilt.get(documentName);
        if (builder == null) {
            return; // built by the request that held the lock before this one
        }
        long start = System.nanoTime();
        builder.run();
        // Removed after the build: until then a concurrent request waits on this lock instead of
        // reading a document that is not there yet.
        unbuilt.remove(documentName);
        Log.infof("OpenAPI document %s built on its first request in %d ms", documentName,
                (System.nanoTime() - start) / 1_000_000);
    }
}
