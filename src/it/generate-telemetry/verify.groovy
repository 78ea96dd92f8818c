import groovy.json.JsonSlurper

File template = new File(basedir, 'telemetry/cdk.out/IotTelemetryStack.template.json')
assert template.isFile() : "no synthesized template at ${template}"
def types = new JsonSlurper().parse(template).Resources.values()*.Type
def count = { String type -> types.count { it == type } }
assert count('AWS::Kinesis::Stream') == 2
assert count('AWS::KinesisAnalyticsV2::Application') == 1
assert count('AWS::Lambda::EventSourceMapping') == 2
assert count('AWS::DynamoDB::Table') == 2
assert count('AWS::OpenSearchService::Domain') == 1
assert count('AWS::KinesisFirehose::DeliveryStream') == 1
assert count('AWS::Kinesis::StreamConsumer') == 1 : 'raw has three consumers (fan-out for indexer), alerts two'
assert count('AWS::CloudWatch::Dashboard') == 1
// Sensors publish to IoT Core, whose topic rule puts their readings into raw; the alert counter
// pages through a queue (with its dead-letter queue, beside the two mappings' failure queues).
assert count('AWS::IoT::TopicRule') == 1
assert count('AWS::SQS::Queue') == 4
String log = new File(basedir, 'build.log').text
assert log =~ /Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [0-9.]+ s -- in org.acme.iot.iottelemetry.infra.IotTelemetryStackNagTest/ : 'cdk-nag ran green'
assert new File(basedir, 'telemetry/functions/src/main/java/org/acme/iot/iottelemetry/functions/alertcounter/AlertCounterHandler.java').isFile()
return true
