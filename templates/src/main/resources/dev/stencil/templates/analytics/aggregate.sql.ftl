<#-- Feeds: AggregateSqlView. The Flink SQL query of a declared aggregate; its pieces are built and quoted by the planner. -->
-- The aggregate of [=view.source] in the sidecar, on the table `events`: the stream's events, one
-- column per field, and `rowtime`, each event's [=view.eventTime] with a watermark that follows each shard.
<#list view.columns as c>
--   [=c]
</#list>
-- Each row of the result is put into the tables as one item, keyed by its group key and window start.
SELECT
<#list view.selections as s>
  [=s]<#sep>,</#sep>
</#list>
FROM TABLE(
  [=view.window])
GROUP BY [=view.groupBy]
