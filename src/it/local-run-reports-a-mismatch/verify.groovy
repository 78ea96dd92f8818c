// The run finished, found fewer documents than events, said so and failed; the rest reconciled.
String log = new File(basedir, 'build.log').text
assert log.contains('1 kept (yours)') : 'the user-owned logic was not kept'
assert log =~ /documents\s+Os\/fn\s+\d+\s+by event id\s+MISMATCH: expected 300/
assert log =~ /aggregates\s+Ddb\.clicks\s+300\s+.*ok/
// Firehose archives the 4 poison records with the events.
assert log =~ /archived\s+clickstream-s3\s+304\s+.*ok/
// Under every fault the missing documents are still named, and counted as lost.
assert log =~ /under faults lost [1-9][\d,]*, duplicated 0/
assert log =~ /on-failure\s+Fn <- Kds\s+4\s+ok/
assert log.contains('NOT RECONCILED')
assert log.contains('Process exited with an error: 1')
return true
