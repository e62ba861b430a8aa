package dev.coffer.common.nativeimage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.oracle.svm.core.annotate.AutomaticFeature;
import com.oracle.svm.hosted.code.CodeLayoutOptimizationFeature;
import com.oracle.svm.hosted.code.CodeSectionLayouter;
import com.oracle.svm.hosted.meta.HostedMethod;

/**
 * Lays out the native executable's code with the methods that start-up and common requests run
 * first, together, and everything else after them in the builder's usual order (by class and
 * method name).
 *
 * <p>Why: the kernel maps an executable's pages 64 KiB at a time around each page fault
 * (fault-around). Ordered by name, the methods a start and the first requests run (16,656 methods,
 * 7.4 MiB of code, when first counted) were spread over three quarters of the 36 MiB of code, so
 * 28 MiB of it was resident, a third of the process's memory. Kept together they take little more
 * than their own size.
 * docs/performance.md has the measurements; {@code bench/startup-methods.sh} regenerates the list.
 *
 * <p>How: GraalVM Community has no profile-guided code layout, but its layout is chosen by one
 * builder feature, {@link CodeLayoutOptimizationFeature}, and the builder registers the most specific
 * subclass of each of its automatic features instead of the feature itself. That subclass has to be
 * an automatic feature, whose annotation is deprecated but still supported (and allowed by default)
 * in GraalVM 25. A method missing from the list (new or renamed since it was recorded) only loses
 * its place in the hot part; the executable behaves the same either way.
 *
 * <p>Compiled only by the {@code native} Maven profile, against the builder's own jars: the JVM
 * artifact never contains it.
 */
@SuppressWarnings({"deprecation", "removal"})
@AutomaticFeature
public class StartupCodeLayoutFeature extends CodeLayoutOptimizationFeature {

    /** The unique short names (the executable's local symbol names) of the methods to put first. */
    static final String STARTUP_METHODS = "dev/coffer/common/nativeimage/startup-methods.txt";

    @Override
    protected CodeSectionLayouter createCodeSectionLayoutOptimizer() {
        CodeSectionLayouter builderOrder = super.createCodeSectionLayoutOptimizer();
        Set<String> startupMethods = readStartupMethods();
        return compilations -> {
            List<HostedMethod> inBuilderOrder = builderOrder.layout(compilations);
            List<HostedMethod> layout = new ArrayList<>(inBuilderOrder.size());
            List<HostedMethod> rest = new ArrayList<>(inBuilderOrder.size());
            for (HostedMethod method : inBuilderOrder) {
                (startupMethods.contains(method.getUniqueShortName()) ? layout : rest).add(method);
            }
            System.out.printf("StartupCodeLayoutFeature: %d of %d methods laid out first (%d listed)%n",
                    layout.size(), inBuilderOrder.size(), startupMethods.size());
            layout.addAll(rest);
            return layout;
        };
    }

    private static Set<String> readStartupMethods() {
        try (InputStream in = StartupCodeLayoutFeature.class.getClassLoader().getResourceAsStream(STARTUP_METHODS)) {
            if (in == null) {
                throw new IllegalStateException(STARTUP_METHODS + " is not on the image class path");
            }
            Set<String> names = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.strip());
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
