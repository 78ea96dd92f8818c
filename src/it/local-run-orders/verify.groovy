import groovy.json.JsonSlurper

// The notifier's event source mapping carries the sidecar's status filter.
File template = new File(basedir, 'orders/cdk.out/OrdersStack.template.json')
assert template.isFile() : "no synthesized template at ${template}"
def resources = new JsonSlurper().parse(template).Resources.values()
def mappings = resources.findAll { it.Type == 'AWS::Lambda::EventSourceMapping' }
assert mappings.size() == 2
assert mappings.count { it.Properties.FilterCriteria == [Filters: [[Pattern: '{"data":{"status":["SHIPPED"]}}']]] } == 1

// The revenue rollup's table is keyed as the sidecar's aggregate derives: by its one string group key and
// the window's start, with the time-to-live attribute its ttl asks for.
def revenue = resources.find { it.Type == 'AWS::DynamoDB::Table' && it.Properties.KeySchema*.AttributeName == ['productId', 'windowStart'] }
assert revenue : 'no table keyed by productId and windowStart'
assert revenue.Properties.KeySchema*.KeyType == ['HASH', 'RANGE']
assert revenue.Properties.TimeToLiveSpecification == [AttributeName: 'expiresAt', Enabled: true]

// The customer lookup: a table keyed by the field looked up, which the indexer may only get items of,
// named in its environment.
def customers = new JsonSlurper().parse(template).Resources.find { id, r ->
    r.Type == 'AWS::DynamoDB::Table' && r.Properties.KeySchema*.AttributeName == ['customerId'] }
assert customers : 'no table keyed by customerId'
def indexer = resources.find { it.Type == 'AWS::Lambda::Function' && it.Properties.Environment?.Variables?.containsKey('CUSTOMERS_TABLE_NAME') }
assert indexer : 'no function with CUSTOMERS_TABLE_NAME in its environment'
def statements = resources.findAll { it.Type == 'AWS::IAM::Policy' }.collectMany { it.Properties.PolicyDocument.Statement }
def onCustomers = statements.findAll { it.Resource.toString().contains(customers.key) }
assert onCustomers*.Action.flatten().toSet() == ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:DescribeTable'] as Set

// The rollup is a Flink SQL job: a hopping-window query generated from the sidecar, not the clickstream count.
String sql = new File(basedir, 'orders/analytics/src/main/resources/stencil/sql/RevenueJob.sql').text
assert sql.contains("HOP(TABLE `events`, DESCRIPTOR(`rowtime`), INTERVAL '1' MINUTE, INTERVAL '5' MINUTE)")
assert sql.contains('SUM(CAST(`amount` AS DOUBLE)) AS `revenue`')

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
// ... each with exactly the item of its customer that the local run put into the table, or none for the
// customers it left out.
def looked = (log =~ /lookups\s+indexer\.customer\s+300\s+(\d+) with their Customers item, (\d+) with none found\s+ok/)
assert looked.find() : 'no lookups line'
assert (looked.group(1) as int) > 0 && (looked.group(2) as int) > 0
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
// The Flink SQL job read every order once (what it read again after its restore apart), dropped none as
// late, and every hopping window of every product holds exactly what a plain-Java evaluation of the
// declaration gives: orders, revenue, units, largest order and distinct customers.
assert log =~ /read\s+revenue\s+300\s+.*ok/
assert log =~ /late\s+revenue\s+0\s+ok/
assert log =~ /windows\s+ProductRevenue\s+\d+\s+each as evaluated apart\s+ok/
assert log =~ /faults\s+job-restart at \d+ events: revenue cancelled with [\d,]+ records read past its checkpoint/
assert log =~ /under faults lost 0, duplicated 0/
return true
