<#-- Feeds: FunctionView. The wiring of one function; its logic lives in the user-owned Logic class. -->
package [=view.packageName];

<#if view.event.declared>
import [=view.event.className];
</#if>
import dev.stencil.runtime.config.Env;
import dev.stencil.runtime.dynamodb.AggregateWriter;
import dev.stencil.runtime.dynamodb.AggregatingProcessor;
import dev.stencil.runtime.dynamodb.BatchWriter;
import dev.stencil.runtime.dynamodb.ItemProcessor;
<#if !view.event.declared>
import [=view.event.className];
</#if>
import dev.stencil.runtime.kinesis.BatchProcessor;
import dev.stencil.runtime.kinesis.JsonRecordDecoder;
import dev.stencil.runtime.kinesis.KinesisBatchHandler;
import dev.stencil.runtime.opensearch.IndexingProcessor;
import dev.stencil.runtime.opensearch.OpenSearchBulkSink;
import dev.stencil.runtime.snapstart.Priming;
import dev.stencil.runtime.sqs.MessageProcessor;
import dev.stencil.runtime.sqs.QueueSink;
import dev.stencil.runtime.wiring.FromEnv;

/**
 * Lambda entry point {@code [=view.packageName].[=view.handlerType]::handleRequest} of diagram node
 * {@code [=view.alias]} ([=view.label]): events from [=view.sources] in, decoded as {@link [=view.event.type]}s,
 * handed to {@link [=view.logicType]} and written to <#list view.sinks as s>{@code [=s.target]}<#sep>, </#sep></#list>.
 * Records that fail are reported back to Kinesis one shard at a time, so nothing after a failure
 * counts as done.
 */
public final class [=view.handlerType] extends KinesisBatchHandler<[=view.event.type]> {

    /**
     * Used by Lambda: everything from the function's environment variables; primed with synthetic
     * batches before a SnapStart snapshot, and re-seeded after each restore ({@link Priming}).
     */
    public [=view.handlerType]() {
        this(Env.system());
        Priming.register(this);
    }

    /**
     * Used by the local run: everything from the given variables, which it sets as the stack does.
     *
     * @param env the function's environment
     */
    public [=view.handlerType](Env env) {
        this(new [=view.logicType]([=view.logicArguments])<#list view.sinks as s>,
                [=s.fromEnv]</#list>);
    }

    /**
     * Used by tests: the logic and the sinks given.
     *
     * @param logic what the function does with each event
<#list view.sinks as s>
     * @param [=s.variable] where events for {@code [=s.target]} go
</#list>
     */
    public [=view.handlerType]([=view.logicType] logic<#list view.sinks as s>, [=s.type] [=s.variable]</#list>) {
        super([=view.event.decoder], BatchProcessor.allOf(<#list view.sinks as s>
                [=s.processor]<#sep>,</#sep></#list>));
    }
}
