File fn = new File(basedir, 'clickstream/functions/src/main/java/com/example/clickstream/functions/fn')
assert new File(fn, 'FnLogic.java').text.contains('return requirePage(click).page() + "#edited";') : 'the user edit was lost'
assert new File(fn, 'FnHandler.java').text.contains('FromEnv.aggregateWriter(env, "COUNTS_TABLE_NAME"')
String log = new File(basedir, 'build.log').text
assert log =~ /(?m)\[INFO\] \d+ created, \d+ updated, \d+ unchanged, \d+ kept \(yours\), 0 deleted/
return true
