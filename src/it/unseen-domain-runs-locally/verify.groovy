import groovy.json.JsonSlurper

File template = new File(basedir, 'payments/cdk.out/PaymentsStack.template.json')
assert template.isFile() : "no synthesized template at ${template}"
def tables = new JsonSlurper().parse(template).Resources.values().findAll { it.Type == 'AWS::DynamoDB::Table' }
def keys = tables.collect { it.Properties.KeySchema*.AttributeName }
// Two group keys (one a boolean): the joined key; one string key: the key itself; the ledger: the id.
assert keys.count { it == ['key', 'windowStart'] } == 2
assert keys.count { it == ['card', 'windowStart'] } == 1
assert keys.count { it == ['paymentId'] } == 1
assert tables.count { it.Properties.TimeToLiveSpecification == [AttributeName: 'expiresAt', Enabled: true] } == 1

String sql = new File(basedir, 'payments/analytics/src/main/resources/stencil/sql/CardSessionsJob.sql').text
assert sql.contains("SESSION(TABLE `events` PARTITION BY (`card`), DESCRIPTOR(`rowtime`), INTERVAL '0.5' SECOND)")
String hop = new File(basedir, 'payments/analytics/src/main/resources/stencil/sql/PerMerchantJob.sql').text
assert hop.contains("HOP(TABLE `events`, DESCRIPTOR(`rowtime`), INTERVAL '5' SECOND, INTERVAL '10' SECOND)")
assert hop.contains('SUM(CAST(`fee` AS DOUBLE)) AS `fees`')

// The local run's payments carry realistic values where the field's name says what it holds (Datafaker).
def sample = new JsonSlurper().parse(new File(basedir, 'payments/local/src/main/resources/stencil/events/Payments.json'))
assert sample.fields*.name.containsAll(['customerEmail', 'country'])

String log = new File(basedir, 'build.log').text
assert log =~ /Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [0-9.]+ s -- in com.example.payments.analytics.permerchant.PerMerchantJobQueryTest/
assert log =~ /Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [0-9.]+ s -- in com.example.payments.infra.PaymentsStackNagTest/
assert log.contains('RECONCILED: every count matches') : 'the local run did not reconcile'
assert log =~ /read\s+perMerchant\s+500\s+.*ok/
assert log =~ /read\s+cardSessions\s+500\s+.*ok/
assert log =~ /late\s+perMerchant\s+0\s+ok/
assert log =~ /late\s+cardSessions\s+0\s+ok/
// Both tables of the hopping windows, and the sessions, hold each window exactly as evaluated apart,
// after both jobs were cancelled and restored from a checkpoint mid-run.
assert log =~ /windows\s+Totals\s+\d+\s+each as evaluated apart\s+ok/
assert log =~ /windows\s+TotalsCopy\s+\d+\s+each as evaluated apart\s+ok/
assert log =~ /windows\s+Sessions\s+\d+\s+each as evaluated apart\s+ok/
assert log =~ /faults\s+job-restart at \d+ events: perMerchant cancelled .*; cardSessions cancelled/
// Every payment once in the ledger by its id; the four poison records fail alone.
assert log =~ /items\s+LedgerTable\s+500\s+by event id\s+ok/
assert log =~ /poison\s+Ledger <- Payments\s+4\s+each once, at 100 \(not JSON\), 200 \(no paymentId\), 300 \(paymentId not a number\), 400 \(an array, not an event\); RetryAttemptsExhausted\s+ok/
assert log =~ /under faults lost 0, duplicated 0/
return true
