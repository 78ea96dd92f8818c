import groovy.json.JsonSlurper

// The notifier's event source mapping carries the sidecar's status filter.
File template = new File(basedir, 'orders/cdk.out/OrdersStack.template.json')
assert template.isFile() : "no synthesized template at ${template}"
def mappings = new JsonSlurper().parse(template).Resources.values().findAll { it.Type == 'AWS::Lambda::EventSourceMapping' }
assert mappings.size() == 2
assert mappings.count { it.Properties.FilterCriteria == [Filters: [[Pattern: '{"data":{"status":["SHIPPED"]}}']]] } == 1

// The functions decode Order records generated from the schema; no clickstream type is left.
String events = 'orders/functions/src/main/java/com/example/orders/events/Order.java'
String order = new File(basedir, events).text
assert order.contains('@JsonProperty(value = "amount", required = true) double amount')
assert order.contains('@JsonProperty(value = "coupon") String coupon')
new File(basedir, 'orders/functions/src/main').eachFileRecurse { f ->
    if (f.name.endsWith('.java')) {
        assert !f.text.contains('ClickEvent') : "${f} still names ClickEvent"
    }
}

String log = new File(basedir, 'build.log').text
assert log =~ /Tests run: 3, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [0-9.]+ s -- in com.example.orders.functions.indexer.IndexerHandlerTest/
assert log =~ /Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [0-9.]+ s -- in com.example.orders.infra.OrdersStackNagTest/
assert log.contains('RECONCILED: every count matches') : 'the local run did not reconcile'
assert log =~ /events in\s+Orders\s+300\b/
// Every order is indexed under its eventId; only shipped orders are sent, one message each by id.
assert log =~ /documents\s+Search\/indexer\s+300\s+by event id\s+ok/
def sent = (log =~ /messages\s+Notifications\s+(\d+)\s+by event id; [\d,]+ repeats\s+ok/)
assert sent.find() : 'no messages line'
int shipped = sent.group(1) as int
assert shipped > 0 && shipped < 300 : "the status filter let ${shipped} of 300 orders through"
// Poison of the Order schema: not JSON, an order without its eventId, a quantity that is a word, an
// array. The two that are orders (shipped: the first of status's oneOf) also reach the notifier.
assert log =~ /poison\s+Indexer <- Orders\s+4\s+each once, at 60 \(not JSON\), 120 \(no eventId\), 180 \(quantity not a number\), 240 \(an array, not an event\); RetryAttemptsExhausted\s+ok/
assert log =~ /poison\s+Notifier <- Orders\s+2\s+each once, at 120 \(no eventId\), 180 \(quantity not a number\); RetryAttemptsExhausted\s+ok/
assert log =~ /filtered out\s+Notifier <- Orders\s+${300 - shipped + 2}\s+ok/
assert log =~ /archived\s+orders-archive\s+304\s+.*ok/
assert log =~ /under faults lost 0, duplicated 0/
return true
