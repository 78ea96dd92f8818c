package dev.stencil.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stencil.engine.Stencil;
import dev.stencil.naming.Naming;
import dev.stencil.plan.view.ReadmeView;
import dev.stencil.plan.view.StackView.ArchiveWire;
import dev.stencil.plan.view.StackView.MappingWire;
import dev.stencil.plan.view.StackView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** The infrastructure decisions the plan takes from the diagram. */
class StackPlannerTest {

    private static final Path SAMPLES = Path.of(System.getProperty("stencil.samples", "../samples"));

    @Test
    void aStreamWithMoreThanTwoConsumersFeedsItsFunctionsThroughEnhancedFanOut() throws Exception {
        StackView stack = view(plan("iot-telemetry.puml"), "infra/StackTest.java.ftl", StackView.class);

        assertThat(stack.streamToFunction()).extracting(MappingWire::source, MappingWire::enhancedFanOut)
                .containsExactly(Tuple.tuple("raw", true), Tuple.tuple("alerts", false));
    }

    @Test
    void anArrowIsNamedAfterTheConstructIdsOfItsEndsEvenWhenAVariableIsNot() throws Exception {
        String diagram = "@startuml\nmxgraph.aws4.kinesis_data_streams \"Kinesis\" as kds\n"
                + "mxgraph.aws4.lambda_function \"New\" as new\nmxgraph.aws4.s3 \"Archive\" as s3\n"
                + "kds --> new : enrich\nkds --> s3 : archive\n@enduml\n";
        GenerationPlan plan = new Planner(ProjectSettings.of("com.example", Optional.empty(), "tiny"), "tiny.puml")
                .plan(new Stencil().analyze("tiny.puml", diagram, false).architecture());
        StackView stack = view(plan, "infra/Stack.java.ftl", StackView.class);

        assertThat(stack.streamToFunction()).extracting(MappingWire::target, MappingWire::mappingId)
                .containsExactly(Tuple.tuple("new_", "KdsToNew"));
        assertThat(stack.archives()).extracting(ArchiveWire::deliveryStreamId).containsExactly("KdsToS3");
        assertThat(Naming.wireId("Kds", "S3")).isEqualTo("KdsToS3");
    }

    @Test
    void everyArrowOfEveryKindIsPlannedAsExactlyOneWireOrWithTheArrowThatCompletesIt() throws Exception {
        String diagram = "@startuml\nmxgraph.aws4.users \"Web\" as web\nmxgraph.aws4.kinesis_data_streams \"K\" as kds\n"
                + "mxgraph.aws4.managed_service_for_apache_flink \"A\" as kda\nmxgraph.aws4.lambda_function \"F\" as fn\n"
                + "mxgraph.aws4.dynamodb \"T\" as ddb\nmxgraph.aws4.opensearch_service \"S\" as os\n"
                + "mxgraph.aws4.s3 \"B\" as s3\nmxgraph.aws4.kinesis_data_firehose \"D\" as fh\n"
                + "mxgraph.aws4.s3 \"B2\" as raw\nmxgraph.aws4.sqs \"Q\" as q\n"
                + "mxgraph.aws4.sensor \"Things\" as things\nmxgraph.aws4.iot_core \"Core\" as core\n"
                + "mxgraph.aws4.kinesis_video_streams \"Doorbell\" as doorbell\n"
                + "web ..> kds\nkds --> fn\nkds --> kda\nkds --> s3\nkds --> fh\nkda --> ddb\nfn --> os\nfn --> ddb\n"
                + "fh --> raw\nfn --> q\nthings ..> core\ncore --> kds\nweb ..> doorbell\n"
                + "mxgraph.aws4.dynamodb \"Profiles\" as profiles\nprofiles --> fn : lookup\n@enduml\n";
        var architecture = new Stencil().analyze("all.puml", diagram, false).architecture();
        assertThat(architecture.connections()).extracting(c -> c.kind())
                .containsExactlyInAnyOrder(dev.stencil.model.ConnectionKind.values());
        StackView stack = view(new Planner(ProjectSettings.of("com.example", Optional.empty(), "all"), "all.puml")
                .plan(architecture), "infra/Stack.java.ftl", StackView.class);

        assertThat(stack.producerToStream()).hasSize(1);
        assertThat(stack.streamToFunction()).hasSize(1);
        assertThat(stack.streamToFlink()).hasSize(1);
        assertThat(stack.flinkToTable()).hasSize(1);
        assertThat(stack.functionToSearch()).hasSize(1);
        assertThat(stack.functionToTable()).hasSize(1);
        assertThat(stack.functionToQueue()).extracting(StackView.QueueWire::queueVariable).containsExactly("Q_QUEUE_URL");
        assertThat(stack.producerToIot()).hasSize(1);
        assertThat(stack.iotToStream()).extracting(StackView.RuleWire::ruleId).containsExactly("CoreToKds");
        assertThat(stack.iotCores()).extracting(StackView.IotNode::topicRoot).containsExactly("core");
        assertThat(stack.producerToVideo()).hasSize(1);
        // A clickstream function reads the seed's profiles from the table it looks up.
        assertThat(stack.tableToFunction()).extracting(StackView.TableWire::tableVariable)
                .containsExactly("PROFILE_TABLE_NAME");
        assertThat(stack.videoProducers()).extracting(StackView.Node::id).containsExactly("Web");
        // kds --> s3 directly, and kds --> fh --> raw as the one delivery stream named after the node.
        assertThat(stack.archives()).extracting(ArchiveWire::source, ArchiveWire::target, ArchiveWire::deliveryStreamId)
                .containsExactly(Tuple.tuple("kds", "s3", "KdsToS3"), Tuple.tuple("kds", "raw", "Fh"));
        assertThat(stack.outputs()).containsExactly("WebRoleArn", "ThingsRoleArn", "KdsStreamName", "KdaApplicationName",
                "FnFunctionName", "DdbTableName", "ProfilesTableName", "OsDomainEndpoint", "S3BucketName", "RawBucketName", "QQueueUrl", "CoreTopicFilter",
                "DoorbellStreamArn");
    }

    @Test
    void theStackIsCountedAsTheKitSynthesizesIt() throws Exception {
        // Counted from the templates `cdk synth` wrote for these samples (56 and 88 resources, 11 and 17
        // outputs); every generated project's stack test holds its own count to its synthesized template.
        StackView clickstream = view(plan("clickstream.puml"), "infra/Stack.java.ftl", StackView.class);
        StackView telemetry = view(plan("iot-telemetry.puml"), "infra/Stack.java.ftl", StackView.class);

        assertThat(clickstream.resourceTotal()).isEqualTo(56);
        assertThat(clickstream.outputTotal()).isEqualTo(11);
        assertThat(clickstream.resources()).contains(new StackView.ResourceCount("AWS::KMS::Key", 6),
                new StackView.ResourceCount("AWS::CloudWatch::Alarm", 12),
                new StackView.ResourceCount("AWS::Kinesis::StreamConsumer", 1));
        assertThat(telemetry.resourceTotal()).isEqualTo(88);
        assertThat(telemetry.outputTotal()).isEqualTo(17);
        assertThat(telemetry.resources()).contains(new StackView.ResourceCount("AWS::CloudWatch::Alarm", 21),
                new StackView.ResourceCount("AWS::Lambda::EventSourceMapping", 2),
                new StackView.ResourceCount("AWS::IoT::TopicRule", 1), new StackView.ResourceCount("AWS::SQS::Queue", 4));
    }

    @Test
    void theReadmeListsOnlyTheAcknowledgementsOfTheDiagramsServices() throws Exception {
        String diagram = "@startuml\nmxgraph.aws4.users \"Web\" as web\n"
                + "mxgraph.aws4.kinesis_data_streams \"Kinesis\" as kds\nweb ..> kds : events\n@enduml\n";
        GenerationPlan plan = new Planner(ProjectSettings.of("com.example", Optional.empty(), "tiny"), "tiny.puml")
                .plan(new Stencil().analyze("tiny.puml", diagram, false).architecture());

        List<String> rules = view(plan, "project/README.md.ftl", ReadmeView.class).acknowledgements().stream()
                .map(ReadmeView.AcknowledgementRow::rule)
                .toList();

        assertThat(rules).containsExactly("`AwsSolutions-KDS3`");
    }

    @Test
    void theOverridesFileBelongsToTheUser() throws Exception {
        assertThat(plan("clickstream.puml").files())
                .filteredOn(f -> f.path().equals(Planner.OVERRIDES))
                .extracting(PlannedFile::ownership)
                .containsExactly(Ownership.USER);
    }

    private static GenerationPlan plan(String sample) throws Exception {
        String text = Files.readString(SAMPLES.resolve(sample));
        return new Planner(ProjectSettings.of("com.example", Optional.empty(), sample), sample)
                .plan(new Stencil().analyze(sample, text, false).architecture());
    }

    private static <T> T view(GenerationPlan plan, String template, Class<T> type) {
        return plan.files().stream()
                .filter(f -> f.template().equals(template))
                .map(f -> type.cast(f.view()))
                .findFirst()
                .orElseThrow();
    }
}
