package dev.stencil.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AppPropertiesTest {

    @Test
    void groupsArgumentsByTheirPrefix() {
        AppProperties properties = AppProperties.fromArgs(new String[] {
            "--Kds.stream.arn", "arn:aws:kinesis:eu-west-1:111111111111:stream/clicks",
            "--Kds.aws.region", "eu-west-1",
            "--Kda.window.size", "2 min"});

        assertEquals("eu-west-1", properties.group("Kds").getProperty("aws.region"));
        assertEquals(2, properties.group("Kds").size());
        assertEquals(Duration.ofMinutes(2), properties.duration("Kda", "window.size", Duration.ofMinutes(1)));
        assertEquals(Duration.ofSeconds(5), properties.duration("Kda", "watermark.max-out-of-orderness",
                Duration.ofSeconds(5)));
    }

    @Test
    void fallsBackToArgumentsOutsideManagedFlink() {
        assertEquals("t", AppProperties.load(new String[] {"--Ddb.table.name", "t"})
                .group("Ddb").getProperty("table.name"));
    }
}
