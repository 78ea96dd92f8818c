// The local run reconciled every count for the 300 events, and printed each line of its summary.
String log = new File(basedir, 'build.log').text
assert log.contains('RECONCILED: every count matches') : 'the local run did not reconcile'
assert log =~ /events in\s+Kds\s+300\b/
assert log =~ /documents\s+Os\/fn\s+300\s+ok/
assert log =~ /aggregates\s+Ddb\.clicks\s+300\s+clicks in \d+ rows\s+ok/
assert log =~ /archived\s+clickstream-s3\s+300\s+records in \d+ objects?\s+ok/
assert log =~ /on-failure\s+Fn <- Kds\s+0\s+ok/
assert log =~ /late\s+kda\s+0\s+ok/
assert log =~ /events\/s end to end/

File project = new File(basedir, 'clickstream')
assert new File(project, 'local/node_modules/kinesis-local').isDirectory() : 'npm ci did not install from the lockfile'
assert !new File(project, 'infra/target').exists() : 'the local run built the CDK module it does not need'
return true
