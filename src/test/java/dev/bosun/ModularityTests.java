package dev.bosun;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** The module structure of ARCHITECTURE.md: Spring Modulith's rules plus Bosun's own. */
class ModularityTests {

    private static final JavaClasses BOSUN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.bosun");

    @Test
    void modulesOnlyUseEachOthersPublishedTypesAndHaveNoCycles() {
        ApplicationModules.of(BosunApplication.class).verify();
    }

    @Test
    void theModulesAreThoseOfTheArchitecture() {
        assertThat(ApplicationModules.of(BosunApplication.class).stream()
                        .map(ApplicationModule::getIdentifier)
                        .map(Object::toString))
                .containsExactlyInAnyOrder(
                        "accounts",
                        "advertising",
                        "amazon",
                        "brand",
                        "catalog",
                        "desk",
                        "finance",
                        "health",
                        "inventory",
                        "jooq",
                        "orders",
                        "platform",
                        "reviews",
                        "shared",
                        "workflow");
    }

    @Test
    void domainClassesUseNeitherSpringNorJooq() {
        noClasses()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.jooq..")
                .because("domain rules are plain Java, testable without a context or a database")
                .check(BOSUN);
    }

    @Test
    void noCatchAllUtilityPackages() {
        noClasses()
                .should()
                .resideInAnyPackage("..util..", "..utils..", "..helper..", "..helpers..")
                .because("code lives in the module and package of what it is about")
                .check(BOSUN);
    }
}
