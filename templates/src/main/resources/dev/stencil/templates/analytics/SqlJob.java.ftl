<#-- Feeds: JobView. A Flink SQL job of a declared aggregate (JobView.declared); the query and the declaration are resources beside it. -->
package [=view.packageName];

import dev.stencil.flink.AppProperties;
import dev.stencil.flink.DeclaredAggregates;
import java.util.List;

/**
 * Flink job of diagram node {@code [=view.alias]} ([=view.label]): the aggregate its arrows declare
 * in the sidecar, as a Flink SQL job. It reads {@code [=view.firstStream]}<#list view.otherStreams as s>, {@code [=s]}</#list>
 * as rows of their schema, runs the query {@code [=view.sqlResource]} on them and puts each window
 * into <#list view.tables as t>{@code [=t]}<#sep>, </#sep></#list>; the declaration it reads the events by
 * is {@code [=view.specResource]}.
 *
 * <p>Property groups (see {@link AppProperties}): one per stream ({@code stream.arn},
 * {@code aws.region}, the optional {@code watermark.idleness}, default {@code 1 min}), one per table
 * ({@code table.name}, {@code aws.region}), and the optional {@code [=view.group]}
 * ({@code watermark.max-out-of-orderness}, default {@code 5 s}).
 */
public final class [=view.jobType] {

    private [=view.jobType]() {
    }

    /**
     * Builds and runs the job.
     *
     * @param properties the application's property groups
     * @throws Exception if the job cannot be built or fails
     */
    public static void run(AppProperties properties) throws Exception {
        DeclaredAggregates.run(properties, "[=view.alias]", "[=view.group]",
                List.of("[=view.firstStream]"<#list view.otherStreams as s>, "[=s]"</#list>),
                List.of(<#list view.tables as t>"[=t]"<#sep>, </#sep></#list>),
                "[=view.specResource]", "[=view.sqlResource]");
    }
}
