package dev.stencil.plan.view;

import java.util.List;

/**
 * Feeds the generated class of one Flink application and the analytics entry point.
 *
 * @param basePackage the base package
 * @param packageName the job's package, such as {@code com.example.clickstream.analytics.kda}
 * @param jobType the job class, such as {@code KdaJob}
 * @param alias the diagram alias, which is also the job's name in {@code Stencil.job}
 * @param label the diagram label on one line, escaped for Javadoc
 * @param group the job's own property group, such as {@code Kda}
 * @param firstStream the property group of the first stream it reads
 * @param otherStreams the property groups of further streams it reads (their events are unioned)
 * @param tables the property groups of the tables it writes aggregates to
 * @param windowMinutes the default size of its windows, the kit's
 * @param declared whether it computes a declared aggregate (a Flink SQL job) rather than the kit's
 *     clicks per page
 * @param specResource the class-path resource of its declared aggregate; empty when it has none
 * @param sqlResource the class-path resource of its query; empty when it has none
 * @param attributes the columns its query gives, each an attribute of the items: group keys, window
 *     start and end, measures; empty when it has no declared aggregate
 * @param testType its query's test class, such as {@code RevenueJobQueryTest}
 */
public record JobView(
        String basePackage,
        String packageName,
        String jobType,
        String alias,
        String label,
        String group,
        String firstStream,
        List<String> otherStreams,
        List<String> tables,
        int windowMinutes,
        boolean declared,
        String specResource,
        String sqlResource,
        List<String> attributes,
        String testType) {

    public JobView {
        otherStreams = List.copyOf(otherStreams);
        tables = List.copyOf(tables);
        attributes = List.copyOf(attributes);
    }
}
