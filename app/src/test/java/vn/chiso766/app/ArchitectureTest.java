package vn.chiso766.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module and feature boundaries of STYLE.md, checked on the compiled classes of every module. */
@AnalyzeClasses(packages = "vn.chiso766", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_is_plain_java = noClasses()
            .that()
            .resideInAPackage("vn.chiso766.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.vaadin..",
                    "org.springframework..",
                    "jakarta..",
                    "vn.chiso766.db..",
                    "vn.chiso766.app..",
                    "vn.chiso766.reporting..");

    @ArchTest
    static final ArchRule reporting_knows_no_vaadin_database_or_ui = noClasses()
            .that()
            .resideInAPackage("vn.chiso766.reporting..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.vaadin..", "vn.chiso766.app..", "vn.chiso766.db..");

    @ArchTest
    static final ArchRule database_module_knows_no_vaadin_or_ui = noClasses()
            .that()
            .resideInAPackage("vn.chiso766.db..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.vaadin..", "vn.chiso766.app..");

    @ArchTest
    static final ArchRule services_do_not_depend_on_views = noClasses()
            .that()
            .resideInAPackage("vn.chiso766.app..")
            .and()
            .resideOutsideOfPackages("vn.chiso766.app..ui..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("vn.chiso766.app..ui..");

    @ArchTest
    static final ArchRule domain_features_are_free_of_cycles =
            slices().matching("vn.chiso766.domain.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule app_features_are_free_of_cycles =
            slices().matching("vn.chiso766.app.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule reporting_features_are_free_of_cycles =
            slices().matching("vn.chiso766.reporting.(*)..").should().beFreeOfCycles();
}
