<#-- Feeds: EventView. One declared schema's events as a record; regenerated whenever the schema changes. -->
package [=view.packageName];

import com.fasterxml.jackson.annotation.JsonProperty;
<#if view.nullChecks?has_content>
import java.util.Objects;
</#if>

/**
 * An event of schema {@code [=view.schema]}, as the sidecar declares it: JSON on the wire, decoded and
 * encoded by Jackson under the schema's field names. An event without a field the schema requires
 * does not decode, so it fails alone and reaches the function's on-failure destination.
 *
<#list view.components as c>
 * @param [=c.name] {@code [=c.json]}, [=c.avroType]
</#list>
 */
public record [=view.type](<#list view.components as c>
        @JsonProperty(value = "[=c.json]"<#if c.required>, required = true</#if>) [=c.javaType] [=c.name]<#sep>,</#sep></#list>) {
<#if view.nullChecks?has_content>

    public [=view.type] {
<#list view.nullChecks as c>
        Objects.requireNonNull([=c.name], "[=c.json] is required");
</#list>
    }
</#if>
}
