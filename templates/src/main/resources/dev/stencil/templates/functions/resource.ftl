<#-- Feeds: TextFileView. A file put beside the functions' classes as it is: a declared schema's OpenSearch mappings (put as an index template by the function before its first documents), or a sidecar's geo-IP table. -->
[=view.text]
