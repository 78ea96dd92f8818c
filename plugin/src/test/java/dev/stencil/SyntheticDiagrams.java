package dev.stencil;

/**
 * Diagrams of any size, built from repeating cells of the supported services; valid while their
 * one stack fits CloudFormation's quotas (up to 15 cells, 75 nodes).
 */
public final class SyntheticDiagrams {

    private SyntheticDiagrams() {}

    /**
     * A diagram of about {@code components} nodes: cells of clients → stream → function → table,
     * with the stream archived to a bucket and every fourth cell aggregated by a Flink application.
     */
    public static String of(int components) {
        StringBuilder out = new StringBuilder("@startuml synthetic\nleft to right direction\n");
        int cells = Math.max(1, components / 5);
        for (int i = 0; i < cells; i++) {
            out.append("rectangle \"Cell ").append(i).append("\" {\n")
                    .append("  mxgraph.aws4.users \"Clients ").append(i).append("\" as u").append(i).append('\n')
                    .append("  mxgraph.aws4.kinesis_data_streams \"Stream ").append(i).append("\" as s").append(i).append('\n')
                    .append("  mxgraph.aws4.lambda_function \"Function ").append(i).append("\" as f").append(i).append('\n')
                    .append("  mxgraph.aws4.dynamodb \"Table ").append(i).append("\" as t").append(i).append('\n')
                    .append("  mxgraph.aws4.s3 \"Archive ").append(i).append("\" as b").append(i).append('\n')
                    .append("}\n")
                    .append("u").append(i).append(" ..> s").append(i).append(" : events\n")
                    .append("s").append(i).append(" --> f").append(i).append(" : enrich\n")
                    .append("f").append(i).append(" --> t").append(i).append('\n')
                    .append("s").append(i).append(" --> b").append(i).append(" : archive\n");
        }
        return out.append("@enduml\n").toString();
    }
}
