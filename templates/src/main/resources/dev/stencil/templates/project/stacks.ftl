<#-- Feeds: StackHomesView. Read back by the next generate, which keeps every node in its stack. -->
# Stencil: the stack each node lives in (main stack, or main stack/nested stack). The next
# generate keeps every node where it is, so no data store moves when the diagram is redrawn. Do not edit.
<#list view.homes as h>
[=h.alias]	[=h.stack]
</#list>
