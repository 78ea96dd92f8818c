package dev.stencil.flink;

import java.util.Objects;
import java.util.Properties;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.kinesis.source.KinesisStreamsSource;

/** Builds Kinesis Data Streams sources from a property group. */
public final class KinesisSources {

    /** Property holding the stream ARN; every other property of the group goes to the connector. */
    public static final String STREAM_ARN = "stream.arn";

    private KinesisSources() {
    }

    /**
     * A source reading the stream named by the group's {@value #STREAM_ARN}.
     *
     * @param group  the stream's property group, e.g. {@code aws.region}, {@code aws.endpoint},
     *               {@code flink.stream.initpos} ({@code LATEST} unless set)
     * @param schema how to read one record
     * @param <T>    record type
     * @return the source
     */
    public static <T> KinesisStreamsSource<T> of(Properties group, DeserializationSchema<T> schema) {
        String streamArn = Objects.requireNonNull(group.getProperty(STREAM_ARN), STREAM_ARN + " is not set");
        Configuration config = new Configuration();
        group.stringPropertyNames().stream()
                .filter(key -> !key.equals(STREAM_ARN))
                .forEach(key -> config.setString(key, group.getProperty(key)));
        return KinesisStreamsSource.<T>builder()
                .setStreamArn(streamArn)
                .setSourceConfig(config)
                .setDeserializationSchema(schema)
                .build();
    }
}
