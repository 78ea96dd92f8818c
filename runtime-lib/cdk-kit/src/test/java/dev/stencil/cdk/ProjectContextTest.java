package dev.stencil.cdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectContextTest {

    @TempDir
    Path project;

    @Test
    void theFeatureFlagsOfCdkJsonComeFirstAndTheOverridesFileWins() throws IOException {
        Path cdkJson = Files.writeString(project.resolve("cdk.json"), "{\"app\": \"mvn\", \"context\": {"
                + "\"@aws-cdk/aws-iam:minimizePolicies\": true, \"@aws-cdk/core:target-partitions\": [\"aws\"],"
                + " \"stencil:Fn.memorySize\": \"512\"}}");
        Path overrides = Files.writeString(project.resolve("stack-overrides.properties"), "Fn.memorySize=2048\n");

        Map<String, Object> context = ProjectContext.of(cdkJson, overrides);

        assertEquals(true, context.get("@aws-cdk/aws-iam:minimizePolicies"));
        assertEquals(List.of("aws"), context.get("@aws-cdk/core:target-partitions"));
        assertEquals("2048", context.get("stencil:Fn.memorySize"));
    }

    @Test
    void aProjectWithoutCdkJsonHasNoFlags() {
        assertTrue(ProjectContext.featureFlags(project.resolve("cdk.json")).isEmpty());
    }
}
