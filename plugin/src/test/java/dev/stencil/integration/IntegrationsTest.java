package dev.stencil.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stencil.model.ConnectionKind;
import dev.stencil.model.ServiceKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The registry is complete, or Stencil does not start: a kind without an integration fails here, not at a user's run. */
class IntegrationsTest {

    private final Integrations standard = Integrations.standard();

    @Test
    void noNodeIsNamedAsTheKitNamesTheStacksOwnConstructs() throws Exception {
        assertThat(dev.stencil.naming.Naming.KIT_CONSTRUCT_IDS).containsExactlyInAnyOrderElementsOf(
                dev.stencil.defaults.KitDefaults.STACK_CONSTRUCT_IDS.stream().map(String::toLowerCase).toList());
        String diagram = "@startuml\nmxgraph.aws4.users \"Web\" as web\nmxgraph.aws4.kinesis_data_streams \"K\" as kds\n"
                + "mxgraph.aws4.lambda_function \"F\" as fn\nmxgraph.aws4.sqs \"Alarms\" as alarms\n"
                + "mxgraph.aws4.dynamodb \"Dashboard\" as dashboard\n"
                + "web ..> kds\nkds --> fn\nfn --> alarms\nfn --> dashboard\n@enduml\n";
        var architecture = new dev.stencil.engine.Stencil().analyze("kit-names.puml", diagram, false).architecture();
        var naming = new dev.stencil.naming.Naming(architecture, "com.example");

        assertThat(naming.of("alarms").type()).isEqualTo("Alarms2");
        assertThat(naming.of("dashboard").type()).isEqualTo("Dashboard2");
    }

    @Test
    void everyNodeKindAndEveryArrowKindHasExactlyOneIntegration() {
        assertThat(standard.nodes()).extracting(NodeIntegration::kind).containsExactly(ServiceKind.values());
        assertThat(standard.arrows()).extracting(ArrowIntegration::kind).containsExactly(ConnectionKind.values());
    }

    @Test
    void aMissingNodeIntegrationIsRefusedByName() {
        List<NodeIntegration> nodes = new ArrayList<>(standard.nodes());
        nodes.removeIf(n -> n.kind() == ServiceKind.S3_BUCKET);

        assertThatThrownBy(() -> new Integrations(nodes, standard.arrows()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no integration for node kind S3_BUCKET");
    }

    @Test
    void aMissingArrowIntegrationIsRefusedByName() {
        List<ArrowIntegration> arrows = new ArrayList<>(standard.arrows());
        arrows.removeIf(a -> a.kind() == ConnectionKind.FUNCTION_TO_TABLE);

        assertThatThrownBy(() -> new Integrations(standard.nodes(), arrows))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no integration for arrow kind FUNCTION_TO_TABLE");
    }

    @Test
    void aStencilTwoKindsClaimAndATwiceIntegratedKindAreRefused() {
        List<NodeIntegration> nodes = new ArrayList<>(standard.nodes());
        nodes.add(standard.node(ServiceKind.S3_BUCKET));

        assertThatThrownBy(() -> new Integrations(nodes, standard.arrows()))
                .hasMessageContaining("two integrations for node kind S3_BUCKET")
                .hasMessageContaining("stencil s3 is claimed by S3_BUCKET and S3_BUCKET");
    }

    @Test
    void theNamesReverseDrawsAndLegacyNamesAreDrawIoAws4NamesAndEveryNameHasAnIcon() throws Exception {
        List<String> drawIo;
        try (var in = getClass().getResourceAsStream("/dev/stencil/catalog/aws4-stencils.txt")) {
            drawIo = Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .map(String::strip).toList();
        }
        for (NodeIntegration node : standard.nodes()) {
            assertThat(drawIo).as("preferred stencil of %s", node.kind()).contains(node.stencils().get(0));
            node.legacyStencils().forEach((legacy, preferred) -> assertThat(drawIo)
                    .as("legacy %s of %s and its replacement", legacy, node.kind()).contains(legacy, preferred));
            List<String> names = new ArrayList<>(node.stencils());
            names.addAll(node.legacyStencils().keySet());
            for (String name : names) {
                assertThat(standard.icon(name)).as("icon of %s", name).get().asString().matches("[A-Za-z]+/[A-Za-z0-9]+");
            }
        }
    }

    @Test
    void variantsOutsideTheDrawIoLibraryAreOnlyTheOnesStencilHasAlwaysAccepted() throws Exception {
        List<String> drawIo;
        try (var in = getClass().getResourceAsStream("/dev/stencil/catalog/aws4-stencils.txt")) {
            drawIo = Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .map(String::strip).toList();
        }
        // Names people write by hand; accepted as variants, never suggested or written back.
        assertThat(standard.stencils().keySet()).filteredOn(name -> !drawIo.contains(name))
                .containsExactlyInAnyOrder("dynamodb_table", "opensearch_service", "simple_storage_service",
                        "data_firehose", "simple_queue_service");
    }

    @Test
    void everyArrowThatReverseMustFindNamesAKitMethodAndEveryBuiltNodeAnOutput() {
        // Stream -> Firehose is built, and read back, with the Firehose's arrow to its bucket.
        assertThat(standard.arrows()).filteredOn(a -> a.wiringMethod().isEmpty())
                .extracting(ArrowIntegration::kind).containsExactly(ConnectionKind.STREAM_TO_FIREHOSE);
        // A Firehose node has no construct of its own: its arrow to the bucket builds the delivery stream.
        assertThat(standard.nodes()).filteredOn(n -> n.kitFactory().isEmpty())
                .extracting(NodeIntegration::kind).containsExactly(ServiceKind.FIREHOSE);
        assertThat(standard.nodes()).filteredOn(n -> n.kitFactory().isPresent())
                .allSatisfy(n -> assertThat(n.output()).as("output of %s", n.kind()).isPresent());
    }

    @Test
    void legacyNamesPointAtTheirKindsOwnStencil() {
        Map<String, String> legacy = standard.legacyStencils();

        assertThat(legacy).containsEntry("kinesis", "kinesis_data_streams")
                .containsEntry("kinesis_data_analytics", "managed_service_for_apache_flink")
                .containsEntry("elasticsearch_service", "opensearch_service_data_node");
        assertThat(standard.stencils()).doesNotContainKeys(legacy.keySet().toArray(String[]::new));
    }
}
