<#-- Feeds: ProjectView. -->
target/
cdk.out/
.cdk.staging/
*.iml
.idea/
node_modules/
