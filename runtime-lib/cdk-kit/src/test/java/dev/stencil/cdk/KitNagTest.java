package dev.stencil.cdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.PolicyViolatingResource;
import software.amazon.awscdk.PolicyViolation;
import software.amazon.awscdk.Stack;

/** cdk-nag's AwsSolutions pack on every kit call: only the kit's own acknowledgements silence a finding. */
class KitNagTest {

    @TempDir
    static Path artefacts;

    @Test
    void awsSolutionsChecksFindNothingTheKitDoesNotAcknowledge() throws IOException {
        Stack stack = KitStacks.everyKitCall(artefacts, Map.of());
        App app = (App) stack.getNode().getScope();

        List<String> findings = new AwsSolutionsChecks(app).validateScope(app).getViolations().stream()
                .map(KitNagTest::describe)
                .toList();

        assertEquals(List.of(), findings, () -> String.join("\n", findings));
    }

    private static String describe(PolicyViolation violation) {
        return violation.getSeverity() + " " + violation.getRuleName() + ": " + violation.getDescription() + " at "
                + violation.getViolatingResources().stream().map(PolicyViolatingResource::getConstructPath).toList();
    }
}
