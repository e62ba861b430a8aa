package dev.coffer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package arrows of the README's "Layout": domains depend on {@code common} and on lower domains,
 * never in a circle; {@code common} and the sync engine know no domain. {@code bin/package-graph}
 * prints the same graph from the compiled classes.
 */
@AnalyzeClasses(packages = "dev.coffer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainsHaveNoCycles = slices().matching("dev.coffer.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule commonPackagesHaveNoCycles = slices().matching("dev.coffer.common.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule commonKnowsNoDomain = noClasses().that().resideInAPackage("dev.coffer.common..")
            .should().dependOnClassesThat(inCofferOutside("dev.coffer.common"))
            .because("shared plumbing must stay usable by every domain without pulling one in");

    @ArchTest
    static final ArchRule syncEngineKnowsNoDomain = noClasses().that().resideInAPackage("dev.coffer.sync..")
            .should().dependOnClassesThat(inCofferOutside("dev.coffer.sync", "dev.coffer.common"))
            .because("jobs plug into the engine by implementing SyncJob; the engine names none of them");

    /** Classes of Coffer's own packages other than the given ones (and their sub-packages). */
    private static DescribedPredicate<JavaClass> inCofferOutside(String... allowed) {
        return DescribedPredicate.describe("are in dev.coffer outside " + String.join(", ", allowed), javaClass -> {
            String name = javaClass.getPackageName() + ".";
            if (!name.startsWith("dev.coffer.")) {
                return false;
            }
            for (String prefix : allowed) {
                if (name.startsWith(prefix + ".")) {
                    return false;
                }
            }
            return true;
        });
    }
}
