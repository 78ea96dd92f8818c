<#-- Feeds: StackView. One kit call per node, then one per arrow; the kit holds the defaults. -->
package [=view.app.basePackage].infra;

import dev.stencil.cdk.Buckets;
import dev.stencil.cdk.FlinkApp;
import dev.stencil.cdk.FlinkApps;
import dev.stencil.cdk.Functions;
<#if view.iotCores?has_content>
import dev.stencil.cdk.IotCore;
</#if>
import dev.stencil.cdk.Producers;
<#if view.queues?has_content>
import dev.stencil.cdk.Queues;
</#if>
import dev.stencil.cdk.SearchDomains;
import dev.stencil.cdk.Streams;
import dev.stencil.cdk.Tables;
import dev.stencil.cdk.Tagging;
import dev.stencil.cdk.UnknownOverrides;
<#if view.videoStreams?has_content>
import dev.stencil.cdk.VideoStream;
</#if>
import dev.stencil.cdk.Wiring;
<#if view.nestedStacks?has_content>
import software.amazon.awscdk.NestedStack;
import software.amazon.awscdk.NestedStackProps;
</#if>
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.kinesis.Stream;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.opensearchservice.Domain;
import software.amazon.awscdk.services.s3.Bucket;
<#if view.queues?has_content>
import software.amazon.awscdk.services.sqs.Queue;
</#if>
import software.constructs.Construct;

/**
 * The diagram as a stack: one statement per node, then one per arrow. The kit holds the
 * production defaults; {@code infra/stack-overrides.properties} overrides them.
 */
@SuppressWarnings("unused")
public class [=view.app.stackType] extends Stack {

    /**
     * Builds the stack.
     *
     * @param scope  parent, usually the app
     * @param id     stack id
     * @param props  stack properties
     * @param config where the deployed artefacts are
     */
    public [=view.app.stackType](Construct scope, String id, StackProps props, [=view.app.configType] config) {
        super(scope, id, props);
        UnknownOverrides.rejectIn(this);
        Tagging.apply(this, "[=view.app.projectName]");
<#if view.nestedStacks?has_content>

        // More than one stack's resources: data stores here, processing (and overflowing data
        // stores) in nested stacks, each within CloudFormation's quotas (see the README's "Size").
</#if>
<#list view.nestedStacks as s>
        NestedStack [=s.variable] = new NestedStack(this, "[=s.id]", NestedStackProps.builder()
                .description([=s.description]).build());
</#list>

<#list view.producers as n>
        Role [=n.variable] = Producers.create([=n.scope], "[=n.id]");
</#list>
<#list view.streams as n>
        Stream [=n.variable] = Streams.create([=n.scope], "[=n.id]");
</#list>
<#list view.flinkApps as n>
        FlinkApp [=n.variable] = FlinkApps.create([=n.scope], "[=n.id]", config.analyticsJar(), "[=n.job]");
</#list>
<#list view.functions as n>
        Function [=n.variable] = Functions.create([=n.scope], "[=n.id]", config.functionsJar(),
                "[=n.handler]");
</#list>
<#list view.tables as n>
        Table [=n.variable] = Tables.create([=n.scope], "[=n.id]", "[=n.partitionKey]"<#if n.sortKey?has_content>, "[=n.sortKey]"</#if><#if n.ttlAttribute?has_content>, "[=n.ttlAttribute]"</#if>);
</#list>
<#list view.domains as n>
        Domain [=n.variable] = SearchDomains.create([=n.scope], "[=n.id]");
</#list>
<#list view.buckets as n>
        Bucket [=n.variable] = Buckets.create([=n.scope], "[=n.id]");
</#list>
<#list view.queues as n>
        Queue [=n.variable] = Queues.create([=n.scope], "[=n.id]");
</#list>
<#list view.iotCores as n>
        IotCore [=n.variable] = IotCore.create([=n.scope], "[=n.id]", "[=n.topicRoot]");
</#list>
<#list view.videoStreams as n>
        VideoStream [=n.variable] = VideoStream.create([=n.scope], "[=n.id]");
</#list>

<#list view.producerToStream as w>
        Wiring.producerToStream([=w.source], [=w.target]);
</#list>
<#list view.producerToIot as w>
        Wiring.producerToIot([=w.source], [=w.target]);
</#list>
<#list view.iotToStream as w>
        Wiring.iotToStream([=w.source], [=w.target], "[=w.ruleId]");
</#list>
<#list view.producerToVideo as w>
        Wiring.producerToVideo([=w.source], [=w.target]);
</#list>
<#list view.streamToFunction as w>
        Wiring.streamToFunction([=w.source], [=w.target], [=w.enhancedFanOut]<#if w.filter?has_content>, [=w.filter]</#if>);
</#list>
<#list view.streamToFlink as w>
        Wiring.streamToFlink([=w.source], [=w.target], "[=w.propertyGroup]");
</#list>
<#list view.flinkToTable as w>
        Wiring.flinkToTable([=w.source], [=w.target], "[=w.propertyGroup]");
</#list>
<#list view.functionToSearch as w>
        Wiring.functionToSearch([=w.source], [=w.target], "[=w.index]", "[=w.endpointVariable]", "[=w.indexVariable]");
</#list>
<#list view.functionToTable as w>
        Wiring.functionToTable([=w.source], [=w.target], "[=w.tableVariable]");
</#list>
<#list view.functionToQueue as w>
        Wiring.functionToQueue([=w.source], [=w.target], "[=w.queueVariable]");
</#list>
<#list view.tableToFunction as w>
        Wiring.tableToFunction([=w.source], [=w.target], "[=w.tableVariable]");
</#list>
<#list view.archives as w>
        Wiring.streamToArchive([=w.source], [=w.target], "[=w.deliveryStreamId]");
</#list>
    }
}
