package dev.stencil.plan.view;

import java.util.List;

/**
 * Feeds the generated stack and its test: one list per kind of node and per kind of arrow, so
 * the template only prints each list with its one kit call.
 *
 * @param app the app's names
 * @param producers client nodes (a role each)
 * @param streams stream nodes
 * @param flinkApps Flink application nodes; {@code detail} is the job's alias
 * @param functions function nodes; {@code detail} is the handler ({@code Class::handleRequest})
 * @param tables table nodes; {@code detail} and {@code detail2} are the partition and sort keys
 * @param domains OpenSearch domain nodes
 * @param buckets bucket nodes
 * @param producerToStream client ..> stream
 * @param streamToFunction stream --> function; {@code detail} is {@code true} when the function reads
 *     through enhanced fan-out
 * @param streamToFlink stream --> Flink; {@code detail} is the property group
 * @param flinkToTable Flink --> table; {@code detail} is the property group
 * @param functionToSearch function --> domain; {@code detail} index, {@code detail2} and
 *     {@code detail3} the endpoint and index variables
 * @param functionToTable function --> table; {@code detail} is the table-name variable
 * @param archives stream --> bucket, directly or through a Firehose node; {@code detail} is the
 *     delivery stream's construct id
 * @param outputs every CfnOutput the stack has, for the test
 */
public record StackView(
        AppView app,
        List<Node> producers,
        List<Node> streams,
        List<Node> flinkApps,
        List<Node> functions,
        List<Node> tables,
        List<Node> domains,
        List<Node> buckets,
        List<Wire> producerToStream,
        List<Wire> streamToFunction,
        List<Wire> streamToFlink,
        List<Wire> flinkToTable,
        List<Wire> functionToSearch,
        List<Wire> functionToTable,
        List<Wire> archives,
        List<String> outputs) {

    /**
     * One node: the local variable and construct id it gets, and what its kit call needs.
     *
     * @param variable the Java local variable
     * @param id the construct id (PascalCase alias)
     * @param alias the diagram alias, for comments
     * @param detail kind-specific, see {@link StackView}
     * @param detail2 kind-specific, see {@link StackView}
     */
    public record Node(String variable, String id, String alias, String detail, String detail2) {}

    /**
     * One arrow: the variables of its two ends and what its kit call needs.
     *
     * @param source the source node's variable
     * @param target the target node's variable
     * @param detail kind-specific, see {@link StackView}
     * @param detail2 kind-specific
     * @param detail3 kind-specific
     */
    public record Wire(String source, String target, String detail, String detail2, String detail3) {}
}
