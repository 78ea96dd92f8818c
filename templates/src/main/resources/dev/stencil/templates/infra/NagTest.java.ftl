<#-- Feeds: StackView. Runs cdk-nag's AwsSolutions checks on the stack; only the kit's acknowledgements may silence a finding. -->
package [=view.app.basePackage].infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stencil.cdk.ProjectContext;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.PolicyViolation;
import software.amazon.awscdk.PolicyViolatingResource;
import software.amazon.awscdk.StackProps;

/** cdk-nag's AwsSolutions pack against the stack: every error and warning fails the build. */
class [=view.app.nagTestType] {

    @TempDir
    static Path artefacts;

    @Test
    void awsSolutionsChecksFindNothingTheKitDoesNotAcknowledge() throws IOException {
        App app = new App(AppProps.builder().context(ProjectContext.featureFlags(Path.of("..", "cdk.json"))).build());
        new [=view.app.stackType](app, "[=view.app.stackId]", StackProps.builder().build(),
                new [=view.app.configType](<#list view.app.artefacts as a>
                        Files.writeString(artefacts.resolve("[=a.fileName]"), "[=a.accessor]")<#sep>,</#sep></#list>));

        List<String> findings = new AwsSolutionsChecks(app).validateScope(app).getViolations().stream()
                .map([=view.app.nagTestType]::describe)
                .toList();

        assertEquals(List.of(), findings, () -> String.join("\n", findings));
    }

    private static String describe(PolicyViolation violation) {
        return violation.getSeverity() + " " + violation.getRuleName() + ": " + violation.getDescription() + " at "
                + violation.getViolatingResources().stream().map(PolicyViolatingResource::getConstructPath).toList();
    }
}
