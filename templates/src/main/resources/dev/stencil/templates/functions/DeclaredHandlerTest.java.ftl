<#-- Feeds: FunctionView. Created once, for a function whose stream declares a schema; the user owns it from then on. -->
// Created by Stencil once; this file is yours. Regeneration never overwrites it.
package [=view.packageName];

import static org.assertj.core.api.Assertions.assertThat;

import [=view.basePackage].functions.StandInServer;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import dev.stencil.runtime.kinesis.KinesisEvents;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class [=view.testType] {

    /** Valid events, as the schema declares them. */
    private static final List<String> EVENTS = List.of(<#list view.event.samples as e>
            [=e]<#sep>,</#sep></#list>);

    private StandInServer server;

    @BeforeEach
    void startStandIn() throws Exception {
        server = StandInServer.start();
    }

    @AfterEach
    void stopStandIn() {
        server.close();
    }

    private [=view.handlerType] handler() {
        return [=view.fixtureType].handler(new [=view.logicType]([=view.testLogicArguments]), server);
    }

    /** One Kinesis batch of the given payloads, on one shard, numbered from 1. */
    private static KinesisEvent batch(String... payloads) {
        List<KinesisEvent.KinesisEventRecord> records = new ArrayList<>();
        for (int i = 0; i < payloads.length; i++) {
            records.add(KinesisEvents.record("arn:aws:kinesis:eu-west-1:123456789012:stream/events",
                    "shardId-000000000000", String.valueOf(i + 1), "key-" + i, null,
                    payloads[i].getBytes(StandardCharsets.UTF_8)));
        }
        return KinesisEvents.of(records);
    }

    @Test
    void deliversEveryEventToEveryTarget() {
        StreamsEventResponse response = handler().handleRequest(batch(EVENTS.toArray(String[]::new)), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(server.documentsIndexed()).isEqualTo(EVENTS.size() * [=view.fixtureType].SEARCH_TARGETS);
        assertThat(server.messagesSent()).isEqualTo(EVENTS.size() * [=view.fixtureType].QUEUE_TARGETS);
    }

    @Test
    void reportsOnlyTheRecordThatIsNotJsonAsFailed() {
        StreamsEventResponse response = handler().handleRequest(batch(EVENTS.get(0), "not JSON", EVENTS.get(1)), null);

        assertThat(response.getBatchItemFailures())
                .extracting(StreamsEventResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("2");
    }
<#if view.event.withoutRequired?has_content>

    @Test
    void failsAnEventWithoutItsRequiredField() {
        // The schema requires [=view.event.requiredField]; this event lacks it.
        StreamsEventResponse response = handler().handleRequest(batch([=view.event.withoutRequired]), null);

        assertThat(response.getBatchItemFailures())
                .extracting(StreamsEventResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("1");
        assertThat(server.documentsIndexed() + server.messagesSent()).isZero();
    }
</#if>
}
