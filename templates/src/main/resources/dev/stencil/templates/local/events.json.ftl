<#-- Feeds: JsonFileView. What the local run makes one declared stream's events from: its schema's fields and the sidecar's values. -->
[=view.json]
