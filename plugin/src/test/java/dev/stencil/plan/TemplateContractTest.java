package dev.stencil.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stencil.engine.Stencil;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds the shipped templates and the planner together: every template states in its first line
 * ({@code <#-- Feeds: XView. …}) the view record the planner passes it, and every template is
 * planned by at least one of the sample diagrams (a template nobody plans is dead, or fixed text
 * that belongs in a library).
 */
class TemplateContractTest {

    private static final Path TEMPLATES = Path.of("../templates/src/main/resources/dev/stencil/templates");
    private static final Path SAMPLES = Path.of(System.getProperty("stencil.samples", "../samples"));
    private static final Pattern FEEDS = Pattern.compile("^<#-- Feeds: (\\w+)\\.");

    @Test
    void everyPlannedFileGetsTheViewItsTemplateSaysFeedsIt() throws Exception {
        Map<String, String> feeds = feedsHeaders();
        List<PlannedFile> planned = plannedFiles();

        assertThat(planned).isNotEmpty();
        for (PlannedFile file : planned) {
            assertThat(feeds).as("template of %s", file.path()).containsKey(file.template());
            assertThat(file.view().getClass().getSimpleName())
                    .as("the view passed to %s (its Feeds: header)", file.template())
                    .isEqualTo(feeds.get(file.template()));
        }
    }

    @Test
    void everyShippedTemplateIsPlanned() throws Exception {
        List<String> planned = plannedFiles().stream().map(PlannedFile::template).distinct().toList();

        assertThat(feedsHeaders().keySet()).as("templates no sample diagram plans").isSubsetOf(planned);
    }

    /** Template name (relative, {@code /}-separated) to the view its first line names. */
    private static Map<String, String> feedsHeaders() throws IOException {
        Map<String, String> feeds = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(TEMPLATES)) {
            for (Path p : paths.filter(f -> f.toString().endsWith(".ftl")).toList()) {
                String name = TEMPLATES.relativize(p).toString().replace('\\', '/');
                String first = Files.readAllLines(p, StandardCharsets.UTF_8).get(0);
                Matcher m = FEEDS.matcher(first);
                assertThat(m.find()).as("%s starts with a <#-- Feeds: XView. --> header", name).isTrue();
                feeds.put(name, m.group(1));
            }
        }
        assertThat(feeds).as("templates under %s", TEMPLATES).isNotEmpty();
        return feeds;
    }

    private static List<PlannedFile> plannedFiles() throws Exception {
        List<PlannedFile> files = new ArrayList<>();
        for (Path diagram : List.of(SAMPLES.resolve("clickstream.puml"), SAMPLES.resolve("iot-telemetry.puml"),
                SAMPLES.resolve("orders.puml"))) {
            String name = diagram.getFileName().toString();
            String text = Files.readString(diagram, StandardCharsets.UTF_8);
            files.addAll(new Planner(ProjectSettings.of("com.example", Optional.empty(), name), name)
                    .plan(new Stencil().analyze(diagram.toString(), text, false).architecture()).files());
        }
        return files;
    }
}
