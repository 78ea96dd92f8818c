<#-- Feeds: LocalView. The stack on local services: one statement per node, then one per arrow. -->
package [=view.basePackage].local;

<#if view.declaresEvents>
import dev.stencil.local.DeclaredEvents;
</#if>
<#if view.jobs?has_content>
import dev.stencil.local.FlinkJobStage;
import dev.stencil.local.FlinkProperties;
</#if>
import dev.stencil.local.LocalCloud;
<#if view.jobs?has_content>
import dev.stencil.local.LocalFlink;
</#if>
<#if view.archives?has_content>
import dev.stencil.local.LocalFirehose;
</#if>
import dev.stencil.local.LocalOptions;
import dev.stencil.local.LocalPipeline;
<#if view.functions?has_content>
import dev.stencil.local.MappingStage;
</#if>
import java.util.EnumSet;
<#if view.jobs?has_content>
import java.util.List;
</#if>
<#if view.functions?has_content>
import java.util.Map;
</#if>

/**
 * The diagram run locally ({@code mvn -Plocal verify}): the nodes of {@code [=view.stackType]}
 * created on local services under the names the stack gives them, its functions fed by the
 * runtime's local event source mapping, its Flink jobs on an embedded cluster, its delivery
 * streams written as Firehose writes them; then synthetic events in, and every count reconciled.
 * Exits with 0 only if every count matches.
 */
public final class LocalRun {

    private LocalRun() {
    }

    /**
     * Runs the pipeline once.
     *
     * @param args none; options are system properties, see {@link LocalOptions}
     * @throws Exception if a service or a stage fails
     */
    public static void main(String[] args) throws Exception {
        LocalOptions options = LocalOptions.fromSystemProperties();
        boolean reconciled;
        try (LocalCloud cloud = LocalCloud.start(options.services(), EnumSet.of(<#list view.services as s>LocalCloud.Service.[=s]<#sep>, </#sep></#list>))<#if view.jobs?has_content>;
             LocalFlink flink = LocalFlink.start(options.parallelism(), [=view.jobs?size], options.workDir())</#if>) {
            LocalPipeline pipeline = new LocalPipeline("[=view.projectName]", cloud, options);

<#list view.streams as s>
            cloud.stream("[=s]");
</#list>
<#list view.tables as t>
            cloud.table("[=t.name]", "[=t.partitionKey]"<#if t.sortKey?has_content>, "[=t.sortKey]"</#if>);
</#list>
<#list view.buckets as b>
            cloud.bucket("[=b]");
</#list>
<#list view.indices as i>
            cloud.index("[=i]");
</#list>
<#list view.queues as q>
            cloud.queue("[=q]");
</#list>

<#list view.produced as p>
<#if p.events?has_content>
            pipeline.produce("[=p.stream]", DeclaredEvents.fromResource("[=p.events]"));
<#else>
            pipeline.produce("[=p.stream]");
</#if>
</#list>
<#list view.notRunLocally as n>
            pipeline.notRunLocally([=n.where], [=n.why]);
</#list>
<#list view.functions as f>
            MappingStage [=f.variable] = pipeline.stage(new MappingStage("[=f.name]", cloud.kinesis(), "[=f.stream]",<#if f.filter?has_content> [=f.filter],</#if>
                    new [=f.handlerType](cloud.functionEnvironment(Map.ofEntries(<#list f.environment as v>
                            Map.entry("[=v.name]", [=v.value])<#sep>,</#sep></#list>)))));
<#if f.eventClass?has_content>
            pipeline.failuresDecoding([=f.variable], [=f.eventClass].class, [=f.eventClass].READER);
<#elseif f.logic>
            pipeline.failures([=f.variable]);
<#else>
            pipeline.failuresBeforeLogic([=f.variable]);
</#if>
</#list>
<#list view.jobs as j>
            FlinkJobStage [=j.variable] = pipeline.stage(flink.job("[=j.name]", [=j.jobType]::run,
                    new FlinkProperties(cloud)<#list j.streams as g>.stream("[=g.group]", "[=g.resource]")</#list><#list j.tables as g>.table("[=g.group]", "[=g.resource]")</#list>.build(),
                    List.of(<#list j.streams as g>"[=g.group]"<#sep>, </#sep></#list>), () -> pipeline.events(<#list j.streamNames as s>"[=s]"<#sep>, </#sep></#list>)));
            pipeline.check([=j.variable].lateRecords());
</#list>
<#list view.archives as a>
            pipeline.stage(new LocalFirehose("[=a.id]", cloud.kinesis(), "[=a.stream]", cloud.s3(), "[=a.bucket]"));
            pipeline.archived("[=a.bucket]", "[=a.stream]");
</#list>
<#list view.documents as d>
            pipeline.documents("[=d.where]", "[=d.index]"<#list d.inputs as s>, [=s]</#list>);
</#list>
<#list view.aggregates as a>
            pipeline.aggregates("[=a.table]", "[=view.counter]"<#list a.inputs as s>, [=s]</#list>);
</#list>
<#list view.declaredAggregates as a>
            pipeline.declaredAggregates("[=a.table]", "[=a.spec]"<#list a.inputs as s>, [=s]</#list>);
</#list>
<#list view.items as t>
            pipeline.items("[=t.table]", "[=t.key]"<#list t.inputs as s>, [=s]</#list>);
</#list>
<#list view.lookups as l>
            pipeline.lookups("[=l.table]", "[=l.key]", "[=l.as]", "[=l.index]"<#list l.inputs as s>, [=s]</#list>);
</#list>
<#list view.locations as l>
            pipeline.locations("[=l.field]", "[=l.as]", "[=l.resource]", "[=l.index]"<#list l.inputs as s>, [=s]</#list>);
</#list>
<#list view.messages as m>
            pipeline.messages("[=m.queue]"<#list m.inputs as s>, [=s]</#list>);
</#list>

            reconciled = pipeline.run();
        }
        System.exit(reconciled ? 0 : 1);
    }
}
