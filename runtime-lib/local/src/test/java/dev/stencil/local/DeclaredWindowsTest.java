package dev.stencil.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stencil.flink.AggregateSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The plain-Java evaluation of declared windows, on the boundaries where it must agree with Flink. */
class DeclaredWindowsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<AggregateSpec.Column> COLUMNS = List.of(
            new AggregateSpec.Column("deviceId", AggregateSpec.Type.STRING, false),
            new AggregateSpec.Column("temperature", AggregateSpec.Type.DOUBLE, false),
            new AggregateSpec.Column("ts", AggregateSpec.Type.LONG, false));
    private static final List<AggregateSpec.Measure> MEASURES = List.of(
            new AggregateSpec.Measure("readings", AggregateSpec.Operation.COUNT, null),
            new AggregateSpec.Measure("avgTemp", AggregateSpec.Operation.AVG, "temperature"));

    private static DeclaredWindows windows(AggregateSpec.WindowKind kind, long size, long slide, long... seconds) {
        DeclaredWindows windows = new DeclaredWindows(new AggregateSpec(COLUMNS, "ts",
                new AggregateSpec.Window(kind, size, slide), List.of("deviceId"), MEASURES, "deviceId", "windowStart", 0));
        windows.add(java.util.Arrays.stream(seconds).mapToObj(s -> {
            ObjectNode event = JSON.createObjectNode().put("deviceId", "d-1").put("temperature", 20.0 + s)
                    .put("ts", s * 1_000);
            return event;
        }).toList());
        return windows;
    }

    private static List<String> bounds(DeclaredWindows windows) {
        return windows.expected().values().stream()
                .map(i -> i.get("windowStart").n() + "-" + i.get("windowEnd").n() + "=" + i.get("readings").n())
                .sorted().toList();
    }

    @Test
    void sessionsThatTouchAreOneAsFlinkMergesThem() {
        assertThat(bounds(windows(AggregateSpec.WindowKind.SESSION, 30_000, 30_000, 0, 30, 90)))
                .containsExactly("0-60000=2", "90000-120000=1");
    }

    @Test
    void anEventIsInEveryHoppingWindowThatHoldsIt() {
        assertThat(bounds(windows(AggregateSpec.WindowKind.HOP, 120_000, 60_000, 0, 70)))
                .containsExactly("-60000-60000=1", "0-120000=2", "60000-180000=1");
    }

    @Test
    void anItemDiffersWhenAMeasureDoesAndMatchesDoublesSummedInAnotherOrder() {
        DeclaredWindows windows = windows(AggregateSpec.WindowKind.TUMBLE, 60_000, 60_000, 1, 2);
        Map<String, AttributeValue> item = new java.util.HashMap<>(windows.expected().values().iterator().next());

        item.put("avgTemp", AttributeValue.fromN("21.50000000000001"));
        assertThat(windows.compare(List.of(item), windows.expected()).count()).isEqualTo(1);
        item.put("readings", AttributeValue.fromN("3"));
        assertThat(windows.compare(List.of(item), windows.expected()).detail()).contains("holds readings 3, not 2");
    }
}
