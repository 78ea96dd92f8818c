import groovy.json.JsonSlurper

// The deployed mapping carries the sidecar's filter, applied to each record's JSON data.
File template = new File(basedir, 'project/cdk.out/ClickstreamStack.template.json')
assert template.isFile() : "no synthesized template at ${template}"
def mappings = new JsonSlurper().parse(template).Resources.values().findAll { it.Type == 'AWS::Lambda::EventSourceMapping' }
assert mappings.size() == 1
assert mappings[0].Properties.FilterCriteria == [Filters: [[Pattern: '{"data":{"page":[{"prefix":"/p"}]}}']]]

// The project keeps its sidecar, its schema and the JSON Schema editors complete it with.
assert new File(basedir, 'project/src/main/stencil/clickstream.stencil.yaml').isFile()
assert new File(basedir, 'project/src/main/stencil/schemas/click.avsc').isFile()
assert new File(basedir, 'project/src/main/stencil/stencil-sidecar.schema.json').isFile()
assert new File(basedir, 'project/.stencil/schemas/Click.avsc').isFile()

// The function is generated for the declared schema: a record of its fields, decoded by Jackson.
File click = new File(basedir, 'project/functions/src/main/java/com/example/clickstream/events/Click.java')
assert click.isFile() : 'no record generated for schema Click'
assert click.text.contains('@JsonProperty(value = "timestamp", required = true) long timestamp')
File handler = new File(basedir, 'project/functions/src/main/java/com/example/clickstream/functions/fn/FnHandler.java')
assert handler.text.contains('JsonRecordDecoder.of(Click.class, Click.READER)')
assert new File(basedir, 'project/local/src/main/resources/stencil/events/Kds.json').isFile()

String log = new File(basedir, 'build.log').text
assert log =~ /Tests run: \d+, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [0-9.]+ s -- in com.example.clickstream.infra.ClickstreamStackTest/
assert log =~ /Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [0-9.]+ s -- in com.example.clickstream.infra.ClickstreamStackNagTest/
assert log.contains('RECONCILED: every count matches') : 'the local run did not reconcile'
assert log =~ /events in\s+Kds\s+400\b/
// The local run makes the events from the schema and the sidecar's local values. Only the events
// whose page starts with /p reach the function: its documents are fewer than the events, and the
// mapping dropped exactly the rest (and the two poison records that are no JSON object).
def documents = (log =~ /documents\s+Os\/fn\s+(\d+)\s+by event id\s+ok/)
assert documents.find() : 'no documents line'
int indexed = documents.group(1) as int
assert indexed > 0 && indexed < 400 : "the filter let ${indexed} of 400 events through"
assert log =~ /filtered out\s+Fn <- Kds\s+${400 - indexed + 2}\s+ok/
// Each document carries the location of its address from the sidecar's geo-IP table (put beside the
// function's classes), or none for the range the table leaves out.
assert new File(basedir, 'project/functions/src/main/resources/stencil/geoip/geoip.csv').text.contains('192.0.2.0/24,FR,Paris')
def located = (log =~ /lookups\s+fn\.location\s+${indexed}\s+(\d+) with their location, (\d+) with none found\s+ok/)
assert located.find() : 'no lookups line for the location'
assert (located.group(1) as int) > 0 && (located.group(2) as int) > 0
// The function also sends each event it sees to the Alerts queue (ElasticMQ): one message per
// event by id, repeats from retried batches counted apart.
assert log =~ /messages\s+Alerts\s+${indexed}\s+by event id; [\d,]+ repeats\s+ok/
// The two poison records that are events of the schema gone wrong (page /products, the first of its
// oneOf) match the filter, fail the Click decoder, and reach the on-failure destination once each;
// the one that is not JSON and the JSON array never reach the function, as on Lambda.
assert log =~ /on-failure\s+Fn <- Kds\s+2\s+ok/
assert log =~ /poison\s+Fn <- Kds\s+2\s+each once, at 160 \(no eventId\), 240 \(timestamp not a number\); RetryAttemptsExhausted\s+ok/
// The Flink job and the archive read the stream unfiltered. The job is the Flink SQL job of the
// sidecar's aggregate: clicks, distinct users and the last click per page (an optional field, so
// the table is keyed by the joined group key) per minute, each window as evaluated apart.
assert log =~ /read\s+kda\s+400\s+.*ok/
assert log =~ /windows\s+Ddb\s+\d+\s+each as evaluated apart\s+ok/
def table = new JsonSlurper().parse(template).Resources.values().find { it.Type == 'AWS::DynamoDB::Table' }
assert table.Properties.KeySchema*.AttributeName == ['key', 'windowStart']
assert table.Properties.TimeToLiveSpecification == [AttributeName: 'expiresAt', Enabled: true]
assert log =~ /archived\s+clickstream-s3\s+404\s+.*ok/
return true
