package dev.stencil.local;

import dev.stencil.flink.AppProperties;
import dev.stencil.flink.PageClicks;
import java.util.ArrayList;
import java.util.List;

/**
 * A job's property groups for a local run: the keys the stack sets ({@code Wiring.streamToFlink},
 * {@code Wiring.flinkToTable}), with local values, plus the local endpoint ({@code aws.endpoint})
 * and, for streams, reading from the oldest record ({@code flink.stream.initpos}) and an idleness
 * longer than the run ({@code watermark.idleness}, see {@link #IDLENESS}).
 */
public final class FlinkProperties {

    /**
     * Longer than any run: the run drains each job at its end, and a source idle then would drop the
     * final watermark and lose every window still open (FLINK-40499). A stream whose events all came
     * early in a long run, such as the first of ten, was idle for minutes before its job drained.
     */
    static final String IDLENESS = "7 d";

    private final LocalCloud cloud;
    private final List<String> args = new ArrayList<>();

    /**
     * @param cloud the local services the groups point at
     */
    public FlinkProperties(LocalCloud cloud) {
        this.cloud = cloud;
    }

    /**
     * The group of a stream the job reads.
     *
     * @param group  the group's name
     * @param stream the stream's local name
     * @return this
     */
    public FlinkProperties stream(String group, String stream) {
        put(group, "stream.arn", cloud.streamArn(stream));
        put(group, "aws.region", LocalCloud.REGION);
        put(group, "aws.endpoint", cloud.endpoint(LocalCloud.Service.KINESIS).toString());
        put(group, "flink.stream.initpos", "TRIM_HORIZON");
        put(group, PageClicks.IDLENESS_PROPERTY, IDLENESS);
        return this;
    }

    /**
     * The group of a table the job writes.
     *
     * @param group the group's name
     * @param table the table's local name
     * @return this
     */
    public FlinkProperties table(String group, String table) {
        put(group, "table.name", table);
        put(group, "aws.region", LocalCloud.REGION);
        put(group, "aws.endpoint", cloud.endpoint(LocalCloud.Service.DYNAMODB).toString());
        return this;
    }

    /** @return the groups, as a job reads them */
    public AppProperties build() {
        return AppProperties.fromArgs(args.toArray(String[]::new));
    }

    private void put(String group, String key, String value) {
        args.add("--" + group + "." + key);
        args.add(value);
    }
}
