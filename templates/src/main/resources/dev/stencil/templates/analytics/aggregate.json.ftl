<#-- Feeds: JsonFileView. A declared aggregate as the runtime reads it (dev.stencil.flink.AggregateSpec): the job reads its events with it, the local run evaluates it on its own. -->
[=view.json]
