// The project's own copy of the diagram got the arrow back from the code.
String diagram = new File(basedir, 'clickstream/src/main/stencil/clickstream.puml').text
assert diagram.contains('kds --> fn') : diagram
String log = new File(basedir, 'build.log').text
assert log.contains('warning [MISSING_INPUT]') : 'the incomplete diagram was not read with warnings'
assert log.contains('+ arrow kds --> fn') : 'the difference was not listed'
assert log.contains('diagram and code disagree') : 'mvn verify did not fail on the difference'
assert log =~ /clickstream\.puml agrees with .*clickstream/ : 'check did not pass after reverse'
// The restored arrow has no label (the code keeps none), so only the README's arrow table changes.
assert log =~ /(?m)\[INFO\] 0 created, 1 updated, \d+ unchanged, \d+ kept \(yours\), 0 deleted/ : 'generate changed more than the README'
assert log =~ /(?m)\[INFO\]   update    README\.md$/
return true
