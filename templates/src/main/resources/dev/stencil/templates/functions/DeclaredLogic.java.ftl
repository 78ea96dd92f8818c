<#-- Feeds: FunctionView. Created once, for a function whose stream declares a schema; the user owns it from then on. -->
// Created by Stencil once; this file is yours. Regeneration never overwrites it.
package [=view.packageName];

import [=view.event.className];

/**
 * What function {@code [=view.alias]} ([=view.label]) does with each {@link [=view.event.type]}. Throwing
 * fails that record only (Kinesis retries it, then the event source mapping sends it to the
 * function's on-failure destination); returning {@code null} from a method drops the record for that
 * target.
 */
public class [=view.logicType] {
<#if view.lookups?has_content>

    private final [=view.lookupsType] lookups;

    /**
     * @param lookups the items the sidecar declares for each event
     */
    public [=view.logicType]([=view.lookupsType] lookups) {
        this.lookups = lookups;
    }

    /**
     * What to index and to send for an event (used when the function writes to OpenSearch or to a
     * queue): the event with what its lookups found, until you add to it.
     *
     * @param [=view.event.variable] the event
     * @return the document or message
     */
    public Object enrich([=view.event.type] [=view.event.variable]) {
        return lookups.enrich([=view.event.variable]);
    }
<#else>

    /**
     * What to index and to send for an event (used when the function writes to OpenSearch or to a
     * queue): the event as it came, until you add to it.
     *
     * @param [=view.event.variable] the event
     * @return the document or message
     */
    public Object enrich([=view.event.type] [=view.event.variable]) {
        return [=view.event.variable];
    }
</#if>
}
