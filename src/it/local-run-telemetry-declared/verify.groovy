import groovy.json.JsonSlurper

File template = new File(basedir, 'telemetry/cdk.out/IotTelemetryStack.template.json')
assert template.isFile() : "no synthesized template at ${template}"
def resources = new JsonSlurper().parse(template).Resources.values()
def types = resources*.Type
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

// The tables are keyed as the sidecar says: the rollup by device and window start, kept 90 days; the
// readings the functions put by readingId alone.
def tables = resources.findAll { it.Type == 'AWS::DynamoDB::Table' }
def rollups = tables.find { it.Properties.KeySchema*.AttributeName == ['deviceId', 'windowStart'] }
assert rollups : 'no table keyed by deviceId and windowStart'
assert rollups.Properties.TimeToLiveSpecification == [AttributeName: 'expiresAt', Enabled: true]
assert tables.find { it.Properties.KeySchema*.AttributeName == ['readingId'] } : 'no table keyed by readingId'
// Only readings above 30 degrees reach the alert counter.
def mappings = resources.findAll { it.Type == 'AWS::Lambda::EventSourceMapping' }
assert mappings.count { it.Properties.FilterCriteria == [Filters: [[Pattern: '{"data":{"temperature":[{"numeric":[">",30]}]}}']]] } == 1

String log = new File(basedir, 'build.log').text
assert log =~ /Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [0-9.]+ s -- in org.acme.iot.iottelemetry.infra.IotTelemetryStackNagTest/ : 'cdk-nag ran green'
assert log =~ /Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [0-9.]+ s -- in org.acme.iot.iottelemetry.analytics.rollup.RollupJobQueryTest/
assert log =~ /Tests run: 3, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [0-9.]+ s -- in org.acme.iot.iottelemetry.functions.alertcounter.AlertCounterHandlerTest/
new File(basedir, 'telemetry/functions/src/main').eachFileRecurse { f ->
    if (f.name.endsWith('.java')) {
        assert !f.text.contains('ClickEvent') : "${f} still names ClickEvent"
    }
}

assert log.contains('RECONCILED: every count matches') : 'the local run did not reconcile'
assert log =~ /events in\s+Raw\s+200\b/
assert log =~ /events in\s+Alerts\s+200\b/
// The rollup (a Flink SQL job on both streams, restarted from a checkpoint mid-run) read each reading
// once, dropped none as late, and each device's minute holds what a plain-Java evaluation gives.
assert log =~ /read\s+rollup\s+400\s+.*ok/
assert log =~ /late\s+rollup\s+0\s+ok/
assert log =~ /windows\s+Rollups\s+\d+\s+each as evaluated apart\s+ok/
assert log =~ /faults\s+job-restart at \d+ events: rollup cancelled with [\d,]+ records read past its checkpoint/
// Every reading of Raw is indexed; the alert counter sees only the hot ones of Alerts (the filter),
// pages once per reading by id, and both functions' readings are in Alert counts once each by id.
assert log =~ /documents\s+Search\/indexer\s+200\s+by event id\s+ok/
def paged = (log =~ /messages\s+Pager\s+(\d+)\s+by event id; [\d,]+ repeats\s+ok/)
assert paged.find() : 'no messages line'
int hot = paged.group(1) as int
assert hot > 0 && hot < 200 : "the alert filter let ${hot} of 200 readings through"
// The four poison records of Alerts are no hot readings: the mapping drops them with the cool ones.
assert log =~ /filtered out\s+AlertCounter <- Alerts\s+${200 - hot + 4}\s+ok/
assert log =~ /items\s+AlertCounts\s+${200 + hot}\s+by event id\s+ok/
assert log =~ /poison\s+Indexer <- Raw\s+4\s+each once, at 40 \(not JSON\), 80 \(no readingId\), 120 \(temperature not a number\), 160 \(an array, not an event\); RetryAttemptsExhausted\s+ok/
assert log =~ /archived\s+iot-telemetry-lake\s+204\s+.*ok/
assert log =~ /under faults lost 0, duplicated 0/
return true
