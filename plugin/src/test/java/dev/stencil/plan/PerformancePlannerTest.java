package dev.stencil.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stencil.engine.Stencil;
import dev.stencil.plan.view.PerformanceView;
import dev.stencil.plan.view.PerformanceView.FunctionRow;
import dev.stencil.plan.view.ReadmeView;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** The README's "Performance" section states what the kit sets, for each function. */
class PerformancePlannerTest {

    private static final Path SAMPLES = Path.of(System.getProperty("stencil.samples", "../samples"));
    /** The kit library's source, beside this module in the repository. */
    private static final Path KIT_FUNCTIONS = SAMPLES.resolveSibling("runtime-lib/cdk-kit/src/main/java/dev/stencil/cdk/Functions.java");

    @Test
    void theStatedStartUpDefaultsAreTheKits() throws Exception {
        String kit = Files.readString(KIT_FUNCTIONS, StandardCharsets.UTF_8);

        assertThat(kit).contains("JAVA_TOOL_OPTIONS = \"" + PerformancePlanner.JAVA_TOOL_OPTIONS + "\"",
                "settings.integer(\"memorySize\", " + PerformancePlanner.MEMORY_MB + ")");
    }

    @Test
    void everyFunctionOfTheDiagramHasARowSayingWhetherItIsTheMeasuredKind() throws Exception {
        PerformanceView performance = readme("clickstream.puml").performance();

        assertThat(performance.functions()).extracting(FunctionRow::alias, FunctionRow::figures)
                .containsExactly(Tuple.tuple("`fn`", "as measured (one OpenSearch target)"));
        assertThat(performance.javaToolOptions()).isEqualTo("-XX:+TieredCompilation -XX:TieredStopAtLevel=1");
    }

    @Test
    void aDiagramWithoutFunctionsHasNoPerformanceSection() {
        assertThat(PerformancePlanner.view(List.of())).isNull();
    }

    private static ReadmeView readme(String sample) throws Exception {
        String text = Files.readString(SAMPLES.resolve(sample));
        return readme(new Planner(ProjectSettings.of("com.example", Optional.empty(), sample), sample)
                .plan(new Stencil().analyze(sample, text, false).architecture()));
    }

    private static ReadmeView readme(GenerationPlan plan) {
        return plan.files().stream()
                .filter(f -> f.template().equals("project/README.md.ftl"))
                .map(f -> (ReadmeView) f.view())
                .findFirst()
                .orElseThrow();
    }
}
