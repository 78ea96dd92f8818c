<#-- Feeds: PackageView. Registers the local run's metric reporter with Flink (reporters are found through this file). -->
[=view.basePackage].local.kit.SourceCounters$Factory
