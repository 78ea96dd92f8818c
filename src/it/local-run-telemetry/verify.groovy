// Every count of the telemetry pipeline reconciled: 200 events into each of the two streams.
String log = new File(basedir, 'build.log').text
assert log.contains('RECONCILED: every count matches') : 'the local run did not reconcile'
assert log =~ /events in\s+Raw\s+200\b/
assert log =~ /events in\s+Alerts\s+200\b/
assert log =~ /documents\s+Search\/indexer\s+200\s+ok/
assert log =~ /aggregates\s+Rollups\.clicks\s+400\s+.*ok/
assert log =~ /aggregates\s+AlertCounts\.clicks\s+400\s+.*ok/
assert log =~ /archived\s+iot-telemetry-lake\s+200\s+.*ok/
assert log =~ /late\s+rollup\s+0\s+ok/
return true
