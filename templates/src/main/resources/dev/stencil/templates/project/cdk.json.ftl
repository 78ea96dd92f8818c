<#-- Feeds: ProjectView. -->
{
  "app": "mvn -q -f infra/pom.xml compile exec:exec",
  "watch": {
    "include": ["infra/src/main/**"]
  },
  "context": [=view.cdkContext]
}
