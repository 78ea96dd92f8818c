String diagram = new File(basedir, 'clickstream.puml').text
assert diagram.contains('fn --> os') : diagram
String log = new File(basedir, 'build.log').text
assert log.contains('+ arrow fn --> os')
return true
