package dev.stencil.runtime.snapstart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stencil.runtime.config.Env;
import dev.stencil.runtime.dynamodb.AggregatingProcessor;
import dev.stencil.runtime.enrich.ProfileLookup;
import dev.stencil.runtime.events.ClickEvent;
import dev.stencil.runtime.events.EnrichedClick;
import dev.stencil.runtime.internal.Backoff;
import dev.stencil.runtime.internal.Entropy;
import dev.stencil.runtime.kinesis.BatchProcessor;
import dev.stencil.runtime.kinesis.JsonRecordDecoder;
import dev.stencil.runtime.kinesis.KinesisBatchHandler;
import dev.stencil.runtime.opensearch.IndexingProcessor;
import dev.stencil.runtime.opensearch.OpenSearchBulkSink;
import dev.stencil.runtime.wiring.FromEnv;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PrimingTest {
    private BulkStandIn server;
    /** Records the logic counted, in every handler of a test. */
    private final AtomicInteger counted = new AtomicInteger();

    @BeforeEach
    void startServerAndFakeCredentials() throws Exception {
        server = new BulkStandIn();
        System.setProperty("aws.accessKeyId", "AKIDPRIMINGTEST");
        System.setProperty("aws.secretAccessKey", "priming-test-secret");
    }

    @AfterEach
    void stopServer() {
        server.close();
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    /** A handler like a generated one: geo and profile enrichment, an OpenSearch and a DynamoDB sink, from env. */
    private final class Handler extends KinesisBatchHandler<ClickEvent> {
        Handler(Env env) {
            this(env, FromEnv.profileLookup(env), FromEnv.openSearchSink(env));
        }

        private Handler(Env env, ProfileLookup profiles, OpenSearchBulkSink sink) {
            super(JsonRecordDecoder.of(ClickEvent.class), BatchProcessor.allOf(
                    IndexingProcessor.create(e -> EnrichedClick.of(e, null, profiles.find(e.userId()).orElse(null)),
                            ClickEvent::eventId, sink),
                    AggregatingProcessor.create(ClickEvent::page, ClickEvent::timestamp, Duration.ofMinutes(1),
                            e -> {
                        counted.incrementAndGet();
                        return Map.of("clicks", 1L);
                    }, FromEnv.aggregateWriter(env))));
        }
    }

    private Env env() {
        return Env.of(Map.of("OPENSEARCH_ENDPOINT", server.uri().toString(), "OPENSEARCH_INDEX", "clicks",
                "OPENSEARCH_SIGNING", "sigv4", "TABLE_NAME", "aggregates", "PROFILE_TABLE_NAME", "profiles",
                "AWS_REGION", "eu-west-1", "AWS_ENDPOINT_URL_DYNAMODB", server.uri().toString()));
    }

    @Test
    void beforeCheckpointRunsSyntheticBatchesThroughDecodeLogicAndEncodeWithoutSendingAnything() throws Exception {
        Handler handler = new Handler(env());
        Priming priming = Priming.register(handler, SyntheticClicks.batch(100), 3);

        priming.beforeCheckpoint(null);

        assertThat(counted).hasValue(300);
        assertThat(priming.prime().getBatchItemFailures()).isEmpty();
        assertThat(server.requestPorts).isEmpty();
    }

    @Test
    void afterPrimingTheSameHandlerSendsRealBatches() throws Exception {
        Handler handler = new Handler(env());
        Priming priming = Priming.register(handler, SyntheticClicks.batch(10), 1);
        priming.beforeCheckpoint(null);
        priming.afterRestore(null);

        assertThat(handler.handleRequest(SyntheticClicks.batch(10), null).getBatchItemFailures()).isEmpty();
        assertThat(server.requestPorts).isNotEmpty();
    }

    @Test
    void twoCopiesRestoredFromOneSnapshotGenerateDifferentIdsAndJitter() throws Exception {
        Priming priming = Priming.register(new Handler(env()), SyntheticClicks.batch(10), 1);
        priming.beforeCheckpoint(null);
        long snapshot = Entropy.state();

        Entropy.state(snapshot);
        priming.afterRestore(null);
        List<Object> first = idsAndJitter();
        Entropy.state(snapshot);
        priming.afterRestore(null);
        List<Object> second = idsAndJitter();

        assertThat(first.subList(0, 5)).doesNotContainAnyElementsOf(second.subList(0, 5));
        assertThat(first.subList(5, 10)).isNotEqualTo(second.subList(5, 10));
    }

    @Test
    void withoutTheRestoreHookTwoCopiesOfOneSnapshotRepeatEachOther() {
        long snapshot = Entropy.state();

        Entropy.state(snapshot);
        List<Object> first = idsAndJitter();
        Entropy.state(snapshot);
        List<Object> second = idsAndJitter();

        assertThat(first).isEqualTo(second);
    }

    /** Five random ids (random partition keys use them) and five backoff delays of the fifth retry. */
    private static List<Object> idsAndJitter() {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            values.add(Entropy.uuid());
        }
        for (int i = 0; i < 5; i++) {
            values.add(Backoff.delayMillis(5, 100, 60_000));
        }
        return values;
    }

    @Test
    void afterRestoreDropsPooledConnections() throws Exception {
        OpenSearchBulkSink sink = FromEnv.openSearchSink(Env.of(Map.of("OPENSEARCH_ENDPOINT",
                server.uri().toString(), "OPENSEARCH_INDEX", "clicks")));
        KinesisBatchHandler<ClickEvent> handler = new KinesisBatchHandler<>(JsonRecordDecoder.of(ClickEvent.class),
                IndexingProcessor.create(e -> e, ClickEvent::eventId, sink)) {
        };
        Priming priming = Priming.register(handler, SyntheticClicks.batch(1), 1);
        handler.handleRequest(SyntheticClicks.batch(5), null);
        handler.handleRequest(SyntheticClicks.batch(5), null);

        priming.afterRestore(null);
        handler.handleRequest(SyntheticClicks.batch(5), null);

        assertThat(server.requestPorts).hasSize(3);
        assertThat(server.requestPorts.get(1)).isEqualTo(server.requestPorts.get(0));
        assertThat(server.requestPorts.get(2)).isNotEqualTo(server.requestPorts.get(1));
    }

    @Test
    void registeredHooksStayReachableForTheRuntime() {
        Priming priming = Priming.register(new Handler(env()));

        assertThat(Priming.registered()).contains(priming);
    }

    @Test
    void syntheticBatchesAreRecognisableAndDecodable() {
        var batch = SyntheticClicks.batch(100);

        assertThat(batch.getRecords()).hasSize(100);
        assertThat(new String(batch.getRecords().get(7).getKinesis().getData().array()))
                .contains("\"eventId\":\"" + SyntheticClicks.ID_PREFIX + "7\"", "\"userId\":\"" + SyntheticClicks.USER);
    }
}
