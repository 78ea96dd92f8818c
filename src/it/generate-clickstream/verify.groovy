import groovy.json.JsonSlurper

File project = new File(basedir, 'clickstream')
File template = new File(project, 'cdk.out/ClickstreamStack.template.json')
assert template.isFile() : "no synthesized template at ${template}"

def resources = new JsonSlurper().parse(template).Resources.values()*.Type as Set
def expected = ['AWS::Kinesis::Stream', 'AWS::KinesisAnalyticsV2::Application', 'AWS::Lambda::Function',
                'AWS::Lambda::EventSourceMapping', 'AWS::SQS::Queue', 'AWS::OpenSearchService::Domain',
                'AWS::DynamoDB::Table', 'AWS::S3::Bucket', 'AWS::KinesisFirehose::DeliveryStream', 'AWS::IAM::Role']
def missing = expected.findAll { !resources.contains(it) }
assert missing.isEmpty() : "resource types missing from the template: ${missing}"

assert new File(project, 'cdk.json').isFile()
assert new File(project, '.stencil/manifest').isFile()
assert new File(project, 'functions/target/functions.jar').isFile()
assert new File(project, 'analytics/target/analytics.jar').isFile()
String log = new File(basedir, 'build.log').text
assert log.contains('Tests run:') && !log.contains('Tests run: 0,')
return true
