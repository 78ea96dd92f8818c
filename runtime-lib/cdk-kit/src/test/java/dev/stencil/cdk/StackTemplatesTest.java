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
import software.amazon.awscdk.App;
import software.amazon.awscdk.NestedStack;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.kinesis.Stream;
import software.amazon.awscdk.services.lambda.Function;

/** The templates of a split stack: merged for assertions, counted per stack, checked against CloudFormation's quotas. */
class StackTemplatesTest {

    @TempDir
    Path artefacts;

    @Test
    void aStackWithANestedProcessingStackMergesCountsAndFitsTheQuotas() throws IOException {
        Stack stack = split(1);

        Template merged = StackTemplates.merged(stack);
        Map<String, Integer> counts = StackTemplates.resourceCounts(stack);

        merged.resourceCountIs("AWS::Lambda::Function", 1);
        merged.resourceCountIs("AWS::DynamoDB::Table", 1);
        merged.resourceCountIs("AWS::CloudFormation::Stack", 1);
        assertEquals(List.of("", "Processing1"), List.copyOf(counts.keySet()));
        assertEquals(counts.values().stream().mapToInt(Integer::intValue).sum(),
                ((Map<?, ?>) merged.toJSON().get("Resources")).size(), "a nested resource id clashing with the main stack's is kept, prefixed");
        // The nested stack takes the main stack's values as parameters: no output is the CDK's.
        assertEquals(((Map<?, ?>) merged.toJSON().get("Outputs")).size(), StackTemplates.declaredOutputs(stack));
        assertEquals(List.of(), StackTemplates.overQuota(stack));
    }

    @Test
    void aFunctionWithTooManyTablesBreaksLambdasEnvironmentQuotaAndIsNamedWhileTheCdkSplitsItsPolicy()
            throws IOException {
        Stack stack = split(60);

        List<String> problems = StackTemplates.overQuota(stack);

        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).matches("nested stack Processing1 function Fn\\w+ has \\d+ bytes of environment"
                + " variables \\(references counted as deployed values\\), more than the 4096 Lambda allows"), problems::toString);
        // The CDK moves what overflows a role's inline policy into managed policies of their own.
        int managed = StackTemplates.merged(stack).findResources("AWS::IAM::ManagedPolicy").size();
        assertTrue(managed > 1 && managed <= StackTemplates.MAX_MANAGED_POLICIES_PER_ROLE, "managed policies: " + managed);
    }

    @Test
    void aRoleWithMoreManagedPoliciesThanIamAttachesIsNamed() throws IOException {
        List<String> problems = StackTemplates.overQuota(split(115));

        assertTrue(problems.stream().anyMatch(p -> p.matches("nested stack Processing1 role Fn\\w+ has 1[0-9] managed"
                + " policies attached, more than the 10 IAM allows")), problems::toString);
    }

    @Test
    void aRolesInlinePolicyIsMeasuredAsDeployed() throws IOException {
        Map<String, Integer> characters = StackTemplates.rolePolicyCharacters(StackTemplates.each(split(3)).get("Processing1"));

        assertEquals(1, characters.size(), characters::toString);
        assertTrue(characters.values().iterator().next() > 3 * StackTemplates.RESOLVED_REFERENCE_CHARACTERS, characters::toString);
    }

    /** A stream and {@code tables} tables in the main stack; a function in a nested stack reading the one and writing the others. */
    private Stack split(int tables) throws IOException {
        App app = new App();
        Stack stack = new Stack(app, "SplitStack");
        UnknownOverrides.rejectIn(stack);
        NestedStack processing = new NestedStack(stack, "Processing1");
        Stream kds = Streams.create(stack, "Kds");
        Function fn = Functions.create(processing, "Fn", Files.writeString(artefacts.resolve("f.jar"), "f"),
                "example.FnHandler::handleRequest");
        Wiring.streamToFunction(kds, fn, false);
        for (int i = 1; i <= tables; i++) {
            Table table = Tables.create(stack, "Table" + i, "page", "windowStart");
            Wiring.functionToTable(fn, table, "TABLE_" + i + "_NAME");
        }
        return stack;
    }
}
