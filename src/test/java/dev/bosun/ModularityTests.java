package dev.bosun;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** The module structure of ARCHITECTURE.md: Spring Modulith's rules plus Bosun's own. */
class ModularityTests {

    private static final JavaClasses BOSUN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.bosun");

    @Test
    @Disabled("BUG: ApplicationModules.verify() fails with 155 violations 'Module 'accounts' depends on non-exposed type "
            + "dev.bosun.jooq.tables.<Table> / dev.bosun.jooq.tables.records.<Record> within module 'jooq'!': the jOOQ "
            + "classes generated into dev.bosun.jooq form an application module of their own whose sub-packages "
            + "(tables, tables.records) are internal. Fix in main: declare dev.bosun.jooq an OPEN shared module "
            + "(package-info with @ApplicationModule(type = OPEN), add \"jooq\" to @Modulithic(sharedModules)), or "
            + "generate into a package of the platform module")
    void modulesOnlyUseEachOthersPublishedTypesAndHaveNoCycles() {
        ApplicationModules.of(BosunApplication.class).verify();
    }

    /** All module rules, except for the generated jOOQ classes (see the disabled test above). */
    @Test
    void modulesOtherThanTheGeneratedJooqClassesOnlyUseEachOthersPublishedTypesAndHaveNoCycles() {
        ApplicationModules modules = ApplicationModules.of(BosunApplication.class,
                JavaClass.Predicates.resideInAPackage("dev.bosun.jooq.."));

        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("accounts", "platform", "shared")
                .doesNotContain("jooq", "testing");
        modules.verify();
    }

    @Test
    void domainClassesUseNeitherSpringNorJooq() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.jooq..")
                .because("domain rules are plain Java, testable without a context or a database")
                .check(BOSUN);
    }

    @Test
    void noCatchAllUtilityPackages() {
        noClasses().should().resideInAnyPackage("..util..", "..utils..", "..helper..", "..helpers..")
                .because("code lives in the module and package of what it is about")
                .check(BOSUN);
    }
}
