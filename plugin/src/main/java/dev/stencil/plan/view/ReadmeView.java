package dev.stencil.plan.view;

import dev.stencil.defaults.KitDefaults;
import java.util.List;

/**
 * Feeds the generated project's README.
 *
 * @param title the project name
 * @param source the diagram file it was generated from
 * @param stackName the CloudFormation stack name
 * @param components one row per diagram node
 * @param connections one row per diagram arrow
 * @param modules one row per Maven module
 * @param userFiles the files that belong to the user
 * @param skipped nodes left out because Stencil cannot build their service (lenient mode)
 * @param acknowledgements the cdk-nag findings acknowledged for this diagram: rule, where, reason
 * @param overridesFile the organisation's overrides file, relative to the project root
 * @param dashboards the OpenSearch Dashboards saved-objects files, relative to the project root
 * @param diagramPath the diagram the project is generated from, relative to the project root
 * @param diagramImage the file name {@code stencil:render} draws the diagram into, under {@code target/}
 * @param performance the functions' start-up defaults and measured figures; {@code null} without functions
 * @param defaults the kit's settings the README states: mapping, archive, aggregates
 * @param size what the stack holds against CloudFormation's quotas
 * @param declaredStreams what the sidecar declares of each stream, one Markdown line each; empty without a sidecar
 */
public record ReadmeView(
        String title,
        String source,
        String stackName,
        List<ComponentRow> components,
        List<ConnectionRow> connections,
        List<ModuleRow> modules,
        List<String> userFiles,
        List<SkippedRow> skipped,
        List<AcknowledgementRow> acknowledgements,
        String overridesFile,
        List<String> dashboards,
        String diagramPath,
        String diagramImage,
        PerformanceView performance,
        KitDefaults defaults,
        Size size,
        List<String> declaredStreams) {

    // Every cell of these rows is already escaped for Markdown.

    /**
     * What one diagram node became.
     *
     * @param alias the node's alias
     * @param label the node's label
     * @param service the service's display name
     * @param builtAs what the stack builds for it
     */
    public record ComponentRow(String alias, String label, String service, String builtAs) {}

    /**
     * What one diagram arrow means.
     *
     * @param arrow its two ends, as code
     * @param label the arrow's label
     * @param meaning what the arrow kind does
     */
    public record ConnectionRow(String arrow, String label, String meaning) {}

    /**
     * One Maven module of the generated project.
     *
     * @param module the module's folder
     * @param contents what it is
     * @param artefact what its build produces
     */
    public record ModuleRow(String module, String contents, String artefact) {}

    /**
     * A node left out in lenient mode.
     *
     * @param alias the node's alias
     * @param label the node's label
     * @param stencil the stencil it was drawn with
     * @param where where in the diagram, such as {@code line 4}
     */
    public record SkippedRow(String alias, String label, String stencil, String where) {}

    /**
     * One cdk-nag finding the kit acknowledges.
     *
     * @param rule the rule, as code
     * @param where the resource it concerns
     * @param reason why it is acknowledged
     */
    public record AcknowledgementRow(String rule, String where, String reason) {}

    /**
     * What the stack holds, for the README's "Size" line.
     *
     * @param resources all its CloudFormation resources
     * @param maxResources CloudFormation's quota of resources per stack
     * @param keys its KMS keys
     * @param alarms its alarms
     * @param logGroups its log groups
     * @param outputs its outputs
     * @param maxOutputs CloudFormation's quota of outputs per stack
     * @param stacks the stacks it deploys as, in words: {@code one stack} or the main stack and its nested stacks
     * @param largest the resources of its largest stack
     */
    public record Size(int resources, int maxResources, int keys, int alarms, int logGroups, int outputs,
            int maxOutputs, String stacks, int largest) {}
}
