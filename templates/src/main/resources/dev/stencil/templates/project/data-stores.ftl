<#-- Feeds: DataStoresView. Read back by the next generate, which warns when a data store left the diagram. -->
# Stencil: the nodes that hold data, by stack and construct id (the logical ids derive from them).
# The next generate warns when one of them leaves the diagram or is renamed. Do not edit.
<#list view.stores as s>
[=s.stack]/[=s.id]	[=s.kind]	[=s.alias]
</#list>
