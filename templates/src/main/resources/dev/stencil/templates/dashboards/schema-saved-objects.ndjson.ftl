<#-- Feeds: JsonFileView. One saved object per line, derived from a declared schema: the index pattern, the visualizations, the dashboard. -->
[=view.json]
