package org.waymark.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of docs/architecture.md, enforced. */
class LayerRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("org.waymark");
    }

    @Test
    void layersOnlyDependDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("model").definedBy("org.waymark.model..")
                .layer("store").definedBy("org.waymark.store..")
                .layer("engine").definedBy("org.waymark.engine..")
                .layer("ui").definedBy("org.waymark.ui..")
                .layer("cli").definedBy("org.waymark.cli..")
                .layer("app").definedBy("org.waymark.app..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("ui", "cli", "app")
                .whereLayer("store").mayOnlyBeAccessedByLayers("engine", "ui", "cli", "app")
                .whereLayer("model").mayOnlyBeAccessedByLayers("store", "engine", "ui", "cli", "app")
                .check(classes);
    }

    @Test
    void theModelIsPlainJava() {
        noClasses().that().resideInAPackage("org.waymark.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..",
                        "org.jooq..", "org.h2..", "org.flywaydb..", "picocli..")
                .check(classes);
    }

    @Test
    void onlyTheUiAndTheAppTouchJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.waymark.ui..", "org.waymark.app..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void onlyTheStoreTalksSql() {
        noClasses().that().resideOutsideOfPackages("org.waymark.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.h2..", "org.flywaydb..")
                .check(classes);
    }

    @Test
    void noStaticMutableState() {
        fields().that().areStatic().and().areDeclaredInClassesThat().resideOutsideOfPackage("org.waymark.store.schema..")
                .should().beFinal()
                .because("dependencies are passed through constructors, never kept in static singletons")
                .check(classes);
    }
}
