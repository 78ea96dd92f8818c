<#-- Feeds: FunctionView. Created once; the user owns it from then on, like the logic it tests. -->
// Created by Stencil once; this file is yours. Regeneration never overwrites it.
package [=view.packageName];

import static org.assertj.core.api.Assertions.assertThat;

import [=view.basePackage].functions.StandInServer;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import dev.stencil.runtime.enrich.CidrGeoIpProvider;
import dev.stencil.runtime.enrich.ProfileLookup;
import dev.stencil.runtime.events.GeoLocation;
import dev.stencil.runtime.kinesis.KinesisEvents;
import java.io.InputStream;
<#if view.sinks?has_content>
import java.nio.charset.StandardCharsets;
import java.util.List;
</#if>
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class [=view.testType] {

    private StandInServer server;

    @BeforeEach
    void startStandIn() throws Exception {
        server = StandInServer.start();
    }

    @AfterEach
    void stopStandIn() {
        server.close();
    }

    /** Valid clicks in the fixture: each on its own page, all in one minute and one shard. */
    private static final int VALID_CLICKS = 5;

    private [=view.handlerType] handler() {
        [=view.logicType] logic = new [=view.logicType](
                CidrGeoIpProvider.builder().add("203.0.113.0/24", new GeoLocation("AU", "Sydney")).build(),
                ProfileLookup.none());
        return [=view.fixtureType].handler(logic, server);
    }

    private static KinesisEvent fixture() throws Exception {
        try (InputStream in = [=view.testType].class.getResourceAsStream("/events/kinesis-event.json")) {
            return KinesisEvents.fromJson(in);
        }
    }

    @Test
    void reportsOnlyTheMalformedRecordAsFailed() throws Exception {
        StreamsEventResponse response = handler().handleRequest(fixture(), null);

        assertThat(response.getBatchItemFailures())
                .extracting(StreamsEventResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("49590338271490256608559692538361571095921575989136589002");
    }

    @Test
    void deliversEveryValidClickToEveryTarget() throws Exception {
        handler().handleRequest(fixture(), null);

        assertThat(server.documentsIndexed()).isEqualTo(VALID_CLICKS * [=view.fixtureType].SEARCH_TARGETS);
        assertThat(server.dynamoDbUpdates()).isEqualTo(VALID_CLICKS * [=view.fixtureType].TABLE_TARGETS);
        assertThat(server.messagesSent()).isEqualTo(VALID_CLICKS * [=view.fixtureType].QUEUE_TARGETS);
    }
<#if view.sinks?has_content>

    @Test
    void failsAClickThatNamesNoPage() {
        KinesisEvent event = KinesisEvents.of(List.of(KinesisEvents.record(
                "arn:aws:kinesis:eu-west-1:123456789012:stream/clicks", "shardId-000000000000", "1", "user-1", null,
                "{\"eventId\":\"e-9\",\"userId\":\"user-1\",\"timestamp\":1764236409000}"
                        .getBytes(StandardCharsets.UTF_8))));

        StreamsEventResponse response = handler().handleRequest(event, null);

        assertThat(response.getBatchItemFailures())
                .extracting(StreamsEventResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("1");
        assertThat(server.documentsIndexed() + server.dynamoDbUpdates() + server.messagesSent()).isZero();
    }
</#if>
}
