// Every count of the telemetry pipeline reconciled: 200 events into each of the two streams, and
// 4 poison records into each, at events 40, 80, 120 and 160, and each function crashing once mid-batch.
String log = new File(basedir, 'build.log').text
assert log.contains('RECONCILED: every count matches') : 'the local run did not reconcile'
assert log =~ /events in\s+Raw\s+200\b/
assert log =~ /events in\s+Alerts\s+200\b/
// IoT Core has no local rules engine: the run says so and puts the readings into Raw itself.
assert log =~ /not run\s+Core -> Raw\s+IoT Core's rules engine has no local implementation/
// The alert counter pages through Pager: one message per alert by event id, repeats apart.
assert log =~ /messages\s+Pager\s+200\s+by event id; [\d,]+ repeats\s+ok/
assert log =~ /documents\s+Search\/indexer\s+200\s+by event id\s+ok/
assert log =~ /windows\s+Rollups\s+\d+\s+each as evaluated apart\s+ok/
assert log =~ /windows\s+AlertCounts\s+\d+\s+each as evaluated apart\s+ok/
assert log =~ /aggregates\s+Rollups\.clicks\s+400\s+.*ok/
assert log =~ /aggregates\s+AlertCounts\.clicks\s+400\s+.*ok/
// Firehose archives what it reads: the 200 events of Raw and its 4 poison records.
assert log =~ /archived\s+iot-telemetry-lake\s+204\s+.*ok/
// Each function's on-failure destination holds exactly the poison records of its stream, each once.
assert log =~ /on-failure\s+Indexer <- Raw\s+4\s+.*ok/
assert log =~ /on-failure\s+AlertCounter <- Alerts\s+4\s+.*ok/
assert log =~ /poison\s+Indexer <- Raw\s+4\s+each once, at 40 \(not JSON\), 80 \(no timestamp\), 120 \(timestamp not a number\), 160 \(no page, fails the logic\); RetryAttemptsExhausted\s+ok/
assert log =~ /faults\s+crash, job-restart, poison, search-outage, table-outage, throttle injected \(8 poison records\)/
// The outages, the throttle and the job's restart struck the first stream (Raw) at 30%, 50%, 60%, 80%.
assert log =~ /faults\s+search-outage at 60 events: .* 0 records other than poison/
assert log =~ /faults\s+throttle at 100 events: [\d,]+ calls to DynamoDB and OpenSearch refused/
assert log =~ /faults\s+job-restart at 120 events: rollup cancelled with [\d,]+ records read past its checkpoint at [\d,]+, restored from it/
assert log =~ /faults\s+table-outage at 160 events: .* 0 records other than poison/
// The job reads both streams: each event once, what it read again after the restore apart.
assert log =~ /read\s+rollup\s+400\s+.*ok/
assert log =~ /under faults lost 0, duplicated 0/
// Each function died once mid-batch and was retried without counting anything twice.
assert log =~ /crash\s+Indexer <- Raw\s+1\s+died after .* retried\s+ok/
assert log =~ /crash\s+AlertCounter <- Alerts\s+1\s+died after .* retried\s+ok/
assert log =~ /late\s+rollup\s+0\s+ok/
return true
