package dev.stencil.runtime.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stencil.runtime.local.Dynalite;
import dev.stencil.runtime.local.LocalClients;
import dev.stencil.runtime.local.LocalServicesExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith(LocalServicesExtension.class)
class AggregateWriterIT {
    private static final long WINDOW = 1_764_236_400_000L;

    private DynamoDbClient client;
    private String table;
    private AggregateWriter writer;

    @BeforeEach
    void createTable(Dynalite dynalite) {
        client = LocalClients.dynamoDb(dynalite);
        table = Tables.create(client, "pk", "window");
        writer = AggregateWriter.builder().client(client).tableName(table).build();
    }

    /** Records 1..n of a shard, alternating between pages /a and /b. */
    private static List<Contribution> records(String shard, int from, int to) {
        List<Contribution> out = new ArrayList<>();
        for (int seq = from; seq <= to; seq++) {
            String page = seq % 2 == 0 ? "/b" : "/a";
            out.add(new Contribution(page, WINDOW, shard, "4959" + String.format("%052d", seq),
                    Map.of("views", 1L, "bytes", 10L)));
        }
        return out;
    }

    private long counter(String page, String name) {
        Map<String, AttributeValue> item = client.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS(page), "window", AttributeValue.fromN(Long.toString(WINDOW)))))
                .item();
        return item.containsKey(name) ? Long.parseLong(item.get(name).n()) : 0;
    }

    @Test
    void addsCountersPerKeyAndWindow() {
        assertThat(writer.write(records("shard-0", 1, 5))).isEmpty();

        assertThat(counter("/a", "views")).isEqualTo(3);
        assertThat(counter("/b", "views")).isEqualTo(2);
        assertThat(counter("/a", "bytes")).isEqualTo(30);
    }

    @Test
    void aRetriedBatchIsNotCountedTwice() {
        writer.write(records("shard-0", 1, 5));
        writer.write(records("shard-0", 1, 5));

        assertThat(counter("/a", "views")).isEqualTo(3);
        assertThat(counter("/b", "views")).isEqualTo(2);
    }

    @Test
    void aRetryThatReachesFurtherCountsOnlyTheNewRecords() {
        writer.write(records("shard-0", 1, 5));
        writer.write(records("shard-0", 3, 9));

        assertThat(counter("/a", "views")).isEqualTo(5);
        assertThat(counter("/b", "views")).isEqualTo(4);
    }

    @Test
    void bisectedHalvesOfAnAppliedBatchAreNotCountedAgain() {
        writer.write(records("shard-0", 1, 8));
        writer.write(records("shard-0", 1, 4));
        writer.write(records("shard-0", 5, 8));

        assertThat(counter("/a", "views")).isEqualTo(4);
        assertThat(counter("/b", "views")).isEqualTo(4);
    }

    @Test
    void shardsAreTrackedSeparately() {
        writer.write(records("shard-0", 1, 4));
        writer.write(records("shard-1", 1, 4));
        writer.write(records("shard-1", 1, 4));

        assertThat(counter("/a", "views")).isEqualTo(4);
        assertThat(counter("/b", "views")).isEqualTo(4);
    }

    @Test
    void sequenceNumbersOfDifferentLengthsCompareAsNumbers() {
        writer.write(List.of(new Contribution("/n", WINDOW, "s", "9", Map.of("views", 1L))));
        writer.write(List.of(new Contribution("/n", WINDOW, "s", "10", Map.of("views", 1L))));
        writer.write(List.of(new Contribution("/n", WINDOW, "s", "9", Map.of("views", 1L))));

        assertThat(counter("/n", "views")).isEqualTo(2);
    }
}
