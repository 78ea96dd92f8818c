package dev.stencil.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The house style's layering, checked on the compiled plugin (STYLE.md habits 2 and 4). */
class LayeringTest {

    private static JavaClasses plugin;

    @BeforeAll
    static void importPlugin() {
        plugin = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.stencil");
    }

    @Test
    void theModelDependsOnNothingButTheJdk() {
        classes().that().resideInAPackage("dev.stencil.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.stencil.model..", "java..")
                .allowEmptyShould(false)
                .check(plugin);
    }

    @Test
    void theDiagramSyntaxDependsOnlyOnTheModelAndTheJdk() {
        classes().that().resideInAPackage("dev.stencil.diagram..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("dev.stencil.diagram..", "dev.stencil.model..", "java..")
                .allowEmptyShould(false)
                .check(plugin);
    }

    @Test
    void theNamingLayerDependsOnlyOnTheModel() {
        classes().that().resideInAPackage("dev.stencil.naming..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("dev.stencil.naming..", "dev.stencil.model..", "java..")
                .allowEmptyShould(false)
                .check(plugin);
    }

    @Test
    void integrationsKnowTheModelTheNamesTheViewsAndTheKitDefaultsOnly() {
        // So that the catalog, the rules, the planners, draw and reverse can all ask the registry.
        classes().that().resideInAPackage("dev.stencil.integration..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("dev.stencil.integration..", "dev.stencil.model..", "dev.stencil.naming..",
                        "dev.stencil.plan.view..", "dev.stencil.defaults..", "java..")
                .allowEmptyShould(false)
                .check(plugin);
    }

    @Test
    void onlyTheMojosKnowMaven() {
        // dev.stencil.stencil_maven_plugin is the help goal maven-plugin-plugin generates.
        noClasses().that().resideOutsideOfPackages("dev.stencil.maven..", "dev.stencil.stencil_maven_plugin..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..")
                .check(plugin);
    }

    @Test
    void onlyTheRendererKnowsFreeMarkerAndOnlyReverseKnowsJavaParser() {
        noClasses().that().resideOutsideOfPackage("dev.stencil.render..")
                .should().dependOnClassesThat().resideInAPackage("freemarker..")
                .check(plugin);
        noClasses().that().resideOutsideOfPackage("dev.stencil.reverse..")
                .should().dependOnClassesThat().resideInAPackage("com.github.javaparser..")
                .check(plugin);
    }
}
