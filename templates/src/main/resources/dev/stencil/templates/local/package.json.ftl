<#-- Feeds: PackageView. The same for every diagram: the npm packages of the local services (kinesis-local, dynalite). -->
{
  "name": "stencil-local-services",
  "version": "0.1.0",
  "private": true,
  "description": "Local implementations of the AWS APIs for Stencil's tests and local runs (installed with npm ci)",
  "license": "Apache-2.0",
  "dependencies": {
    "dynalite": "4.0.0",
    "kinesis-local": "0.6.2"
  }
}
