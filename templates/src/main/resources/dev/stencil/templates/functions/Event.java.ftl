<#-- Feeds: EventView. One declared schema's events as a record; regenerated whenever the schema changes. -->
package [=view.packageName];

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import dev.stencil.runtime.events.JsonEvent;
import dev.stencil.runtime.events.JsonFields;
import dev.stencil.runtime.events.JsonOut;
import java.io.IOException;
<#if view.nullChecks?has_content>
import java.util.Objects;
</#if>
<#if view.symbols>
import java.util.Set;
</#if>

/**
 * An event of schema {@code [=view.schema]}, as the sidecar declares it: JSON on the wire under the
 * schema's field names. The handler reads it with {@link #READER}, on Jackson's streaming parser, and
 * the bulk encoder writes it with {@link #writeJson}, member by member ({@link #writeFields}); Jackson's data binding reads and writes it the
 * same way. An event without a field the schema requires, or with a value of another type, does not
 * decode, so it fails alone and reaches the function's on-failure destination.
 *
<#list view.components as c>
 * @param [=c.name] {@code [=c.json]}, [=c.avroType]
</#list>
 */
public record [=view.type](<#list view.components as c>
        @JsonProperty(value = "[=c.json]"<#if c.required>, required = true</#if>) [=c.javaType] [=c.name]<#sep>,</#sep></#list>)
        implements JsonEvent {
<#list view.constants as k>

    [=k]
</#list>

    /** Reads one event from Jackson's streaming parser. */
    public static final JsonEvent.Reader<[=view.type]> READER = [=view.type]::read;
<#if view.nullChecks?has_content>

    public [=view.type] {
<#list view.nullChecks as c>
        Objects.requireNonNull([=c.name], "[=c.json] is required");
</#list>
    }
</#if>

    private static [=view.type] read(JsonParser $parser) throws IOException {
        JsonFields.startObject($parser, [=view.type].class);
<#list view.components as c>
<#list c.locals as l>
        [=l]
</#list>
</#list>
        for (String $field = $parser.nextFieldName(); $field != null; $field = $parser.nextFieldName()) {
            $parser.nextToken();
            switch ($field) {
<#list view.components as c>
                case "[=c.json]" -> {
<#list c.read as r>
                    [=r]
</#list>
                }
</#list>
                default -> $parser.skipChildren();
            }
        }
<#list view.components as c>
<#if c.present?has_content>
        JsonFields.require($parser, [=view.type].class, "[=c.json]", [=c.present]);
</#if>
</#list>
        return new [=view.type](<#list view.components as c>
                [=c.name]<#sep>,</#sep></#list>);
    }

    @Override
    public void writeFields(JsonOut $out) {
<#list view.components as c>
        $out.field("[=c.json]").[=c.write]([=c.name]);
</#list>
    }
}
