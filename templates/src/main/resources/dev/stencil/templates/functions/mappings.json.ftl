<#-- Feeds: JsonFileView. A declared schema's OpenSearch mappings, put as an index template by the function before its first documents. -->
[=view.json]
