<#-- Feeds: StackView. Created once; the user owns it from then on. -->
# Created by Stencil once; this file is yours. Regeneration never overwrites it.
#
# Your organisation's settings for the stack. Each line overrides a default of the construct
# kit (stencil-cdk-kit) and whatever the diagram decided; nothing generated needs editing.
#   <Id>.<setting>=<value>     one component, by its construct id (the diagram alias in PascalCase)
#   <kind>.<setting>=<value>   every component of a kind: stream, function, mapping, table,
#                              bucket, domain, flink
#   tag.<Name>=<value>         a tag on every resource
#   stack.development=true     destroy data stores with the stack instead of retaining them
# Precedence: kit default < diagram < this file < `cdk deploy -c stencil:<key>=<value>`.
# The settings of each kind are listed in the README ("Production defaults").
#
# Examples for this diagram:
<#list view.streams as n>
# [=n.id].retentionHours=48
# [=n.id].shards=4
</#list>
<#list view.functions as n>
# [=n.id].memorySize=2048
# [=n.id].reservedConcurrency=10
# [=n.id].javaToolOptions=-XX:+TieredCompilation -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
</#list>
<#list view.streamToFunction as w>
# [=w.mappingId].parallelizationFactor=4
</#list>
<#list view.domains as n>
# [=n.id].dataNodeInstanceType=r7g.xlarge.search
</#list>
<#list view.flinkApps as n>
# [=n.id].parallelism=4
</#list>
# tag.CostCenter=1234
