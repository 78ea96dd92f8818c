package dev.stencil.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Diagrams too big for one stack: where each node lives, and that it stays there when the diagram is redrawn. */
class StackSplitTest {

    private static final String STACK = "infra/src/main/java/com/example/scale/infra/ScaleStack.java";

    @TempDir
    Path dir;

    @Test
    void aDiagramTooBigForOneStackKeepsItsDataStoresInTheMainStackAndItsProcessingInNestedStacks() throws Exception {
        Path project = generate(diagram(slices(1, 10), List.of()));

        Map<String, String> homes = homes(project);
        assertThat(homes).containsEntry("counts1", "ScaleStack").containsEntry("kds10", "ScaleStack")
                .containsEntry("search5", "ScaleStack").containsEntry("archive7", "ScaleStack")
                .containsEntry("counter1", "ScaleStack/Processing1").containsEntry("rollup10", "ScaleStack/Processing1")
                .containsEntry("web3", "ScaleStack/Processing1");
        assertThat(project.resolve(STACK)).content()
                .contains("NestedStack processing1 = new NestedStack(this, \"Processing1\"")
                .contains("Table counts1 = Tables.create(this, \"Counts1\"")
                .contains("Function counter1 = Functions.create(processing1, \"Counter1\"");
        assertThat(project.resolve("README.md")).content()
                .contains("deploys as `ScaleStack` (its data stores) and 1 nested stacks (`Processing1`)");
    }

    @Test
    void aDiagramThatFitsOneStackStaysInOne() throws Exception {
        Path project = generate(diagram(slices(1, 2), List.of()));

        assertThat(homes(project).values()).containsOnly("ScaleStack");
        assertThat(project.resolve(STACK)).content().doesNotContain("NestedStack");
    }

    @Test
    void redrawingTheDiagramMovesNoDataStore() throws Exception {
        Path diagram = dir.resolve("scale.puml");
        Path project = dir.resolve("project");
        Files.writeString(diagram, diagram(slices(1, 30), List.of()));
        new Stencil().generate(GenerateRequest.of(diagram, project));
        Map<String, String> before = homes(project);
        List<String> tableLinesBefore = tableLines(project);
        assertThat(before.values()).contains("ScaleStack/Data1", "ScaleStack/Processing2");

        // The table of slice 3 moved into a rectangle, the slices declared in reverse order, a new slice added.
        List<String> nodes = slices(1, 31);
        Collections.reverse(nodes);
        String redrawn = diagram(nodes, List.of()).replace("mxgraph.aws4.dynamodb \"Counts 3\" as counts3\n",
                "rectangle \"Team B\" {\nmxgraph.aws4.dynamodb \"Counts 3\" as counts3\n}\n");
        Files.writeString(diagram, redrawn);
        GenerateResult second = new Stencil().generate(GenerateRequest.of(diagram, project));

        Map<String, String> after = homes(project);
        before.forEach((alias, stack) -> {
            if (isDataStore(alias)) {
                assertThat(after.get(alias)).as(alias).isEqualTo(stack);
            }
        });
        assertThat(tableLines(project)).containsAll(tableLinesBefore);
        assertThat(second.warnings()).doesNotContain("DATA_STORE_DROPPED");
    }

    @Test
    void withoutItsRecordTheRedrawnDiagramWouldHaveMovedDataStores() throws Exception {
        Map<String, String> inOrder = homes(generate(diagram(slices(1, 30), List.of())));
        List<String> nodes = slices(1, 30);
        Collections.reverse(nodes);
        Map<String, String> reversed = homes(generate(diagram(nodes, List.of())));

        assertThat(inOrder.keySet().stream().filter(StackSplitTest::isDataStore)
                .filter(alias -> !inOrder.get(alias).equals(reversed.get(alias)))).isNotEmpty();
    }

    private static boolean isDataStore(String alias) {
        return alias.matches("(kds|counts|rollups|search|archive)\\d+");
    }

    private Path generate(String text) throws Exception {
        Path folder = Files.createTempDirectory(dir, "gen");
        Path diagram = Files.writeString(folder.resolve("scale.puml"), text);
        Path project = folder.resolve("project");
        new Stencil().generate(GenerateRequest.of(diagram, project));
        return project;
    }

    private static Map<String, String> homes(Path project) throws Exception {
        Map<String, String> homes = new LinkedHashMap<>();
        for (String line : Files.readAllLines(project.resolve(".stencil/stacks"))) {
            String[] columns = line.split("\t");
            if (!line.startsWith("#") && columns.length == 2) {
                homes.put(columns[0], columns[1]);
            }
        }
        return homes;
    }

    private static List<String> tableLines(Path project) throws Exception {
        return Files.readAllLines(project.resolve(STACK)).stream().filter(l -> l.contains("Tables.create(")).toList();
    }

    /** Node lines of slices {@code from..to}; each slice's arrows are in {@link #diagram}. */
    private static List<String> slices(int from, int to) {
        List<String> nodes = new ArrayList<>();
        IntStream.rangeClosed(from, to).forEach(i -> nodes.addAll(List.of(
                "mxgraph.aws4.users \"Clients " + i + "\" as web" + i,
                "mxgraph.aws4.kinesis_data_streams \"Stream " + i + "\" as kds" + i,
                "mxgraph.aws4.lambda_function \"Counter " + i + "\" as counter" + i,
                "mxgraph.aws4.dynamodb \"Counts " + i + "\" as counts" + i,
                "mxgraph.aws4.managed_service_for_apache_flink \"Rollup " + i + "\" as rollup" + i,
                "mxgraph.aws4.dynamodb \"Rollups " + i + "\" as rollups" + i,
                "mxgraph.aws4.lambda_function \"Indexer " + i + "\" as indexer" + i,
                "mxgraph.aws4.opensearch_service_data_node \"Search " + i + "\" as search" + i,
                "mxgraph.aws4.kinesis_data_firehose \"Delivery " + i + "\" as delivery" + i,
                "mxgraph.aws4.s3 \"Archive " + i + "\" as archive" + i)));
        return nodes;
    }

    private static String diagram(List<String> nodes, List<String> extra) {
        StringBuilder text = new StringBuilder("@startuml scale\n");
        nodes.forEach(n -> text.append(n).append('\n'));
        nodes.stream().filter(n -> n.contains(" as web")).map(n -> n.substring(n.lastIndexOf("web") + 3))
                .forEach(i -> text.append(String.join("\n", "web" + i + " ..> kds" + i, "kds" + i + " --> counter" + i,
                        "counter" + i + " --> counts" + i, "kds" + i + " --> rollup" + i, "rollup" + i + " --> rollups" + i,
                        "kds" + i + " --> indexer" + i, "indexer" + i + " --> search" + i,
                        "kds" + i + " --> delivery" + i, "delivery" + i + " --> archive" + i)).append('\n'));
        extra.forEach(e -> text.append(e).append('\n'));
        return text.append("@enduml\n").toString();
    }
}
