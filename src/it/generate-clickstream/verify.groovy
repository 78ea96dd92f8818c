import groovy.json.JsonSlurper

File project = new File(basedir, 'clickstream')
File template = new File(project, 'cdk.out/ClickstreamStack.template.json')
assert template.isFile() : "no synthesized template at ${template}"

def all = new JsonSlurper().parse(template).Resources.values()
def resources = all*.Type as Set
def expected = ['AWS::Kinesis::Stream', 'AWS::KinesisAnalyticsV2::Application', 'AWS::Lambda::Function',
                'AWS::Lambda::EventSourceMapping', 'AWS::SQS::Queue', 'AWS::OpenSearchService::Domain',
                'AWS::DynamoDB::Table', 'AWS::S3::Bucket', 'AWS::KinesisFirehose::DeliveryStream', 'AWS::IAM::Role']
def missing = expected.findAll { !resources.contains(it) }
assert missing.isEmpty() : "resource types missing from the template: ${missing}"

// The issue's "shown by": encryption, alarms and mapping settings in the synthesized template.
def ofType = { type -> all.findAll { it.Type == type }*.Properties }
assert ofType('AWS::KMS::Key').size() == 6 : 'one key per stream, queue, table, bucket, domain and the alarm topic'
assert ofType('AWS::CloudWatch::Alarm').every { it.AlarmActions } : 'every alarm notifies the alarm topic'
assert ofType('AWS::CloudWatch::Dashboard').size() == 1
def alarmed = ofType('AWS::CloudWatch::Alarm')*.MetricName as Set
assert alarmed.containsAll(['IteratorAge', 'GetRecords.IteratorAgeMilliseconds', 'Errors', 'Throttles',
        'DeliveryToS3.Success', 'downtime', 'numberOfFailedCheckpoints', 'ClusterStatus.red', 'FreeStorageSpace',
        'WriteThrottleEvents']) : "alarms: ${alarmed}"
def mapping = ofType('AWS::Lambda::EventSourceMapping')[0]
assert mapping.BisectBatchOnFunctionError && mapping.ParallelizationFactor == 2 && mapping.MaximumRecordAgeInSeconds == 3600
assert resources.contains('AWS::Kinesis::StreamConsumer') : 'three consumers of kds: the function reads through enhanced fan-out'

assert new File(project, 'cdk.json').isFile()
assert new File(project, '.stencil/manifest').isFile()
assert new File(project, 'functions/target/functions.jar').isFile()
assert new File(project, 'analytics/target/analytics.jar').isFile()
String log = new File(basedir, 'build.log').text
assert log.contains('Tests run:') && !log.contains('Tests run: 0,')
assert log =~ /Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [0-9.]+ s -- in com.example.clickstream.infra.ClickstreamStackNagTest/ : 'cdk-nag ran green'
return true
